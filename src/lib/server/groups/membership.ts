import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { writeTransaction } from '../db/transaction';
import type { GroupRef } from './types';

export class MembershipError extends Error {}

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
		if (!works) throw new MembershipError('Sie können nur für eine Organisation beitreten, für die Sie tätig sind.');
		const existing = await trx
			.selectFrom('working_group_members')
			.select(['id', 'status'])
			.where('group_id', '=', group.id)
			.where('organization_id', '=', input.organizationId)
			.executeTakeFirst();
		if (existing?.status === 'member') throw new MembershipError('Diese Organisation ist bereits Mitglied der Arbeitsgruppe.');
		if (existing?.status === 'requested') throw new MembershipError('Für diese Organisation liegt bereits eine Anfrage vor.');
		const values = {
			status,
			requested_by: input.userId,
			message: input.message || null,
			decided_by: status === 'member' ? input.userId : null,
			decided_at: status === 'member' ? new Date().toISOString() : null
		};
		if (existing) await trx.updateTable('working_group_members').set(values).where('id', '=', existing.id).execute();
		else await trx.insertInto('working_group_members').values({ group_id: group.id, organization_id: input.organizationId, ...values }).execute();
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
	if (Number(result.numUpdatedRows) === 0) throw new MembershipError('Über diese Anfrage wurde bereits entschieden.');
}

/**
 * Takes an organization out of a group, for a person working there. The lead's organization stays
 * until the coordinator has named another lead, so a group never loses its lead by accident.
 */
export async function leaveGroup(db: Kysely<Database>, group: GroupRef, { organizationId, userId }: { organizationId: number; userId: number }): Promise<void> {
	await writeTransaction(db, async (trx) => {
		const works = await trx
			.selectFrom('memberships')
			.select('user_id')
			.where('user_id', '=', userId)
			.where('organization_id', '=', organizationId)
			.executeTakeFirst();
		if (!works) throw new MembershipError('Sie können nur eine Organisation austreten lassen, für die Sie tätig sind.');
		if (group.leadUserId !== null) {
			const leadWorksThere = await trx
				.selectFrom('memberships')
				.select('user_id')
				.where('user_id', '=', group.leadUserId)
				.where('organization_id', '=', organizationId)
				.executeTakeFirst();
			if (leadWorksThere) throw new MembershipError('Die Organisation der Gruppenleitung kann nicht austreten. Bitten Sie die Koordinierungsstelle, zuerst eine andere Leitung zu bestimmen.');
		}
		const result = await trx
			.deleteFrom('working_group_members')
			.where('group_id', '=', group.id)
			.where('organization_id', '=', organizationId)
			.where('status', '=', 'member')
			.executeTakeFirst();
		if (Number(result.numDeletedRows) === 0) throw new MembershipError('Diese Organisation ist kein Mitglied der Arbeitsgruppe.');
	});
}
