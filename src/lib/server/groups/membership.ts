import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { writeTransaction } from '../db/transaction';
import type { GroupRef } from './types';

export type MembershipProblem =
	| 'not_your_organization'
	| 'already_member'
	| 'already_requested'
	| 'already_decided'
	| 'lead_organization'
	| 'not_a_member';

const MESSAGES: Record<MembershipProblem, string> = {
	not_your_organization: 'Sie können nur für eine Organisation handeln, für die Sie tätig sind.',
	already_member: 'Diese Organisation ist bereits Mitglied der Arbeitsgruppe.',
	already_requested: 'Für diese Organisation liegt bereits eine Anfrage vor.',
	already_decided: 'Über diese Anfrage wurde bereits entschieden.',
	lead_organization:
		'Die Organisation der Gruppenleitung kann nicht austreten. Bitten Sie die Koordinierungsstelle, zuerst eine andere Leitung zu bestimmen.',
	not_a_member: 'Diese Organisation ist kein Mitglied der Arbeitsgruppe.'
};

/** A refused membership change; `problem` lets public pages say it in the reader's language. */
export class MembershipError extends Error {
	constructor(readonly problem: MembershipProblem) {
		super(MESSAGES[problem]);
	}
}

export type JoinOutcome = 'member' | 'requested';

export interface JoinInput {
	organizationId: number;
	userId: number;
	message: string;
}

/**
 * Joins an open group at once or asks to join one on request, for an organization the person works
 * for. A declined organization may ask again; a member or a pending request is refused.
 */
export async function joinGroup(db: Kysely<Database>, group: GroupRef, input: JoinInput): Promise<JoinOutcome> {
	const status: JoinOutcome = group.joinPolicy === 'open' ? 'member' : 'requested';
	return writeTransaction(db, async (trx) => {
		const works = await trx
			.selectFrom('memberships')
			.select('user_id')
			.where('user_id', '=', input.userId)
			.where('organization_id', '=', input.organizationId)
			.executeTakeFirst();
		if (!works) throw new MembershipError('not_your_organization');
		const existing = await trx
			.selectFrom('working_group_members')
			.select(['id', 'status'])
			.where('group_id', '=', group.id)
			.where('organization_id', '=', input.organizationId)
			.executeTakeFirst();
		if (existing?.status === 'member') throw new MembershipError('already_member');
		if (existing?.status === 'requested') throw new MembershipError('already_requested');
		const values = {
			status,
			requested_by: input.userId,
			message: input.message || null,
			decided_by: status === 'member' ? input.userId : null,
			decided_at: status === 'member' ? new Date().toISOString() : null
		};
		if (existing)
			await trx.updateTable('working_group_members').set(values).where('id', '=', existing.id).execute();
		else
			await trx
				.insertInto('working_group_members')
				.values({ group_id: group.id, organization_id: input.organizationId, ...values })
				.execute();
		return status;
	});
}

/** Accepts or declines a pending request of this group; the caller has checked that the person may decide. */
export async function decideJoinRequest(
	db: Kysely<Database>,
	group: GroupRef,
	{ requestId, accept, deciderId }: { requestId: number; accept: boolean; deciderId: number }
): Promise<void> {
	const result = await db
		.updateTable('working_group_members')
		.set({ status: accept ? 'member' : 'declined', decided_by: deciderId, decided_at: new Date().toISOString() })
		.where('id', '=', requestId)
		.where('group_id', '=', group.id)
		.where('status', '=', 'requested')
		.executeTakeFirst();
	if (Number(result.numUpdatedRows) === 0) throw new MembershipError('already_decided');
}

/**
 * Takes an organization out of a group, for a person working there. The lead's organization stays
 * until the coordinator has named another lead, so a group never loses its lead by accident.
 */
export async function leaveGroup(
	db: Kysely<Database>,
	group: GroupRef,
	{ organizationId, userId }: { organizationId: number; userId: number }
): Promise<void> {
	await writeTransaction(db, async (trx) => {
		const works = await trx
			.selectFrom('memberships')
			.select('user_id')
			.where('user_id', '=', userId)
			.where('organization_id', '=', organizationId)
			.executeTakeFirst();
		if (!works) throw new MembershipError('not_your_organization');
		if (group.leadUserId !== null) {
			const leadWorksThere = await trx
				.selectFrom('memberships')
				.select('user_id')
				.where('user_id', '=', group.leadUserId)
				.where('organization_id', '=', organizationId)
				.executeTakeFirst();
			if (leadWorksThere) throw new MembershipError('lead_organization');
		}
		const result = await trx
			.deleteFrom('working_group_members')
			.where('group_id', '=', group.id)
			.where('organization_id', '=', organizationId)
			.where('status', '=', 'member')
			.executeTakeFirst();
		if (Number(result.numDeletedRows) === 0) throw new MembershipError('not_a_member');
	});
}
