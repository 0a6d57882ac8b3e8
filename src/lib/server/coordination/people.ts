import type { Kysely } from 'kysely';
import { logAuthEvent } from '../auth/events';
import { disableUser, enableUser } from '../auth/users';
import type { Database, MembershipRole, UserRole } from '../db/schema';

export interface PersonSummary {
	id: number;
	name: string;
	email: string;
	role: UserRole;
	disabled: boolean;
	/** Invited but has not set a password yet. */
	pending: boolean;
	organizations: { slug: string; name: string; role: MembershipRole }[];
}

/** Everyone with an account and where they are members, by email. */
export async function listPeople(db: Kysely<Database>): Promise<PersonSummary[]> {
	const users = await db
		.selectFrom('users')
		.select(['id', 'name', 'email', 'role', 'disabled_at', 'password_hash'])
		.orderBy('email')
		.execute();
	const memberships = await db
		.selectFrom('memberships as m')
		.innerJoin('organizations as o', 'o.id', 'm.organization_id')
		.select(['m.user_id', 'm.role', 'o.slug', 'o.name'])
		.orderBy('o.name')
		.execute();
	return users.map((u) => ({
		id: u.id,
		name: u.name,
		email: u.email,
		role: u.role,
		disabled: u.disabled_at !== null,
		pending: u.password_hash === null,
		organizations: memberships
			.filter((m) => m.user_id === u.id)
			.map((m) => ({ slug: m.slug, name: m.name, role: m.role }))
	}));
}

export class SelfDisableError extends Error {
	constructor() {
		super('A coordinator cannot disable their own account');
	}
}

/**
 * Disables an account (which ends all its sessions at once) or enables it again; logged as an
 * authentication event. Coordinators cannot lock themselves out.
 */
export async function setPersonDisabled(
	db: Kysely<Database>,
	{ userId, disabled, actorId, ip = null }: { userId: number; disabled: boolean; actorId: number; ip?: string | null }
): Promise<void> {
	if (disabled && userId === actorId) throw new SelfDisableError();
	if (disabled) await disableUser(db, userId);
	else await enableUser(db, userId);
	await logAuthEvent(db, disabled ? 'account_disabled' : 'account_enabled', { userId, ip });
}
