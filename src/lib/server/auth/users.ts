import type { Kysely } from 'kysely';
import type { Database, MembershipRole, UserRole } from '../db/schema';
import { writeTransaction } from '../db/transaction';
import { hashPassword } from './password';
import { invalidateUserSessions } from './session';

export interface NewUser {
	email: string;
	name: string;
	role: UserRole;
	/** Omitted for an invited person, who sets it through the invitation link. */
	password?: string;
}

/** What the login form needs; nothing of it may reach page data. */
export interface LoginUser {
	id: number;
	email: string;
	name: string;
	role: UserRole;
	passwordHash: string | null;
	disabled: boolean;
	totpEnabled: boolean;
}

export interface MembershipSummary {
	organizationId: number;
	organizationSlug: string;
	organizationName: string;
	role: MembershipRole;
}

export function normalizeEmail(email: string): string {
	return email.trim().toLowerCase();
}

export async function createUser(db: Kysely<Database>, input: NewUser): Promise<number> {
	const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
	const row = await db
		.insertInto('users')
		.values({
			email: normalizeEmail(input.email),
			name: input.name.trim(),
			role: input.role,
			password_hash: passwordHash
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

export async function getUserByEmail(db: Kysely<Database>, email: string): Promise<LoginUser | null> {
	const row = await db
		.selectFrom('users')
		.select(['id', 'email', 'name', 'role', 'password_hash', 'disabled_at', 'totp_enabled_at'])
		.where('email', '=', normalizeEmail(email))
		.executeTakeFirst();
	if (!row) return null;
	return {
		id: row.id,
		email: row.email,
		name: row.name,
		role: row.role,
		passwordHash: row.password_hash,
		disabled: row.disabled_at !== null,
		totpEnabled: row.totp_enabled_at !== null
	};
}

/**
 * Stores a new password and ends the user's sessions, so that whoever knew the old password is
 * logged out; `keepSession` spares the session of the person who just changed it.
 */
export async function setPassword(
	db: Kysely<Database>,
	userId: number,
	password: string,
	{ keepSession }: { keepSession?: string } = {}
): Promise<void> {
	const passwordHash = await hashPassword(password);
	await writeTransaction(db, async (trx) => {
		await trx
			.updateTable('users')
			.set({ password_hash: passwordHash, updated_at: new Date().toISOString() })
			.where('id', '=', userId)
			.execute();
		await invalidateUserSessions(trx, userId, { except: keepSession });
	});
}

export async function disableUser(db: Kysely<Database>, userId: number, now = new Date()): Promise<void> {
	await writeTransaction(db, async (trx) => {
		await trx
			.updateTable('users')
			.set({ disabled_at: now.toISOString(), updated_at: now.toISOString() })
			.where('id', '=', userId)
			.execute();
		await invalidateUserSessions(trx, userId);
	});
}

export async function enableUser(db: Kysely<Database>, userId: number): Promise<void> {
	await db
		.updateTable('users')
		.set({ disabled_at: null, updated_at: new Date().toISOString() })
		.where('id', '=', userId)
		.execute();
}

export async function listMemberships(db: Kysely<Database>, userId: number): Promise<MembershipSummary[]> {
	return db
		.selectFrom('memberships')
		.innerJoin('organizations', 'organizations.id', 'memberships.organization_id')
		.select([
			'organizations.id as organizationId',
			'organizations.slug as organizationSlug',
			'organizations.name as organizationName',
			'memberships.role'
		])
		.where('memberships.user_id', '=', userId)
		.orderBy('organizations.name')
		.execute();
}

/** Adds the person to the organization, or changes their role there. */
export async function addMembership(
	db: Kysely<Database>,
	userId: number,
	organizationId: number,
	role: MembershipRole
): Promise<void> {
	await db
		.insertInto('memberships')
		.values({ user_id: userId, organization_id: organizationId, role })
		.onConflict((oc) => oc.columns(['user_id', 'organization_id']).doUpdateSet({ role }))
		.execute();
}

export async function removeMembership(db: Kysely<Database>, userId: number, organizationId: number): Promise<void> {
	await db
		.deleteFrom('memberships')
		.where('user_id', '=', userId)
		.where('organization_id', '=', organizationId)
		.execute();
}
