import type { Kysely } from 'kysely';
import { removeMembership } from '../auth/users';
import type { Database, MembershipRole } from '../db/schema';
import { writeTransaction } from '../db/transaction';

export interface Member {
	userId: number;
	name: string;
	email: string;
	role: MembershipRole;
	/** Invited but has not set a password yet. */
	pending: boolean;
	disabled: boolean;
}

/** The people of one organization, admins first. */
export async function listMembers(db: Kysely<Database>, organizationId: number): Promise<Member[]> {
	const rows = await db
		.selectFrom('memberships as m')
		.innerJoin('users as u', 'u.id', 'm.user_id')
		.select(['u.id', 'u.name', 'u.email', 'm.role', 'u.password_hash', 'u.disabled_at'])
		.where('m.organization_id', '=', organizationId)
		.orderBy('m.role')
		.orderBy('u.email')
		.execute();
	return rows.map((r) => ({
		userId: r.id,
		name: r.name,
		email: r.email,
		role: r.role,
		pending: r.password_hash === null,
		disabled: r.disabled_at !== null
	}));
}

export class LastAdminError extends Error {
	constructor() {
		super('The last admin of an organization cannot be removed');
	}
}

export class NotAMemberError extends Error {
	constructor() {
		super('The person is not a member of this organization');
	}
}

/**
 * Removes a person from one organization (their access ends with their next request, since every
 * guard asks the database) and withdraws an unused invitation to it. The last admin stays, so
 * that someone can always manage the people.
 */
export async function removeMember(db: Kysely<Database>, organizationId: number, userId: number): Promise<void> {
	await writeTransaction(db, async (trx) => {
		const members = await trx
			.selectFrom('memberships')
			.select(['user_id', 'role'])
			.where('organization_id', '=', organizationId)
			.execute();
		const member = members.find((m) => m.user_id === userId);
		if (!member) throw new NotAMemberError();
		if (member.role === 'admin' && members.filter((m) => m.role === 'admin').length === 1)
			throw new LastAdminError();
		await removeMembership(trx, userId, organizationId);
		await trx
			.deleteFrom('one_time_tokens')
			.where('user_id', '=', userId)
			.where('purpose', '=', 'invitation')
			.where('used_at', 'is', null)
			.where((eb) => eb(eb.fn('json_extract', ['payload', eb.val('$.organizationId')]), '=', organizationId))
			.execute();
	});
}
