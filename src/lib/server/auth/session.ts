import type { Kysely } from 'kysely';
import type { Database, UserRole } from '../db/schema';
import { generateRandomString, hashSecret, secretMatches } from './crypto';

const DAY_MS = 24 * 60 * 60 * 1000;
export const SESSION_INACTIVITY_MS = 10 * DAY_MS;
export const SESSION_ABSOLUTE_MS = 30 * DAY_MS;
// Writing on every request would serialize all page loads on SQLite's single writer.
const LAST_USED_RESOLUTION_MS = 60 * 1000;

export interface SessionUser {
	id: number;
	email: string;
	name: string;
	role: UserRole;
	totpEnabled: boolean;
}

export interface Session {
	id: string;
	userId: number;
	twoFactorVerified: boolean;
	createdAt: Date;
	expiresAt: Date;
	absoluteExpiresAt: Date;
}

export interface SessionValidation {
	session: Session;
	user: SessionUser;
}

/**
 * Starts a new session (a fresh id at every login, against fixation). The token `id.secret` is
 * returned once for the cookie; the database keeps only the SHA-256 of the secret.
 */
export async function createSession(
	db: Kysely<Database>,
	userId: number,
	{ twoFactorVerified = false, now = new Date() }: { twoFactorVerified?: boolean; now?: Date } = {}
): Promise<{ token: string; session: Session }> {
	const id = generateRandomString(15);
	const secret = generateRandomString(20);
	const session: Session = {
		id,
		userId,
		twoFactorVerified,
		createdAt: now,
		expiresAt: new Date(now.getTime() + SESSION_INACTIVITY_MS),
		absoluteExpiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS)
	};
	await db
		.insertInto('sessions')
		.values({
			id,
			user_id: userId,
			secret_hash: hashSecret(secret),
			two_factor_verified: twoFactorVerified ? 1 : 0,
			created_at: now.toISOString(),
			last_used_at: now.toISOString(),
			expires_at: session.expiresAt.toISOString(),
			absolute_expires_at: session.absoluteExpiresAt.toISOString()
		})
		.execute();
	return { token: `${id}.${secret}`, session };
}

/**
 * The session and its user for a cookie token, or null when the token is malformed, unknown,
 * has a wrong secret, has expired (inactivity or absolute) or belongs to a disabled account.
 * Pushes the inactivity expiry forward once more than half of it has passed.
 */
export async function validateSessionToken(
	db: Kysely<Database>,
	token: string,
	now = new Date()
): Promise<SessionValidation | null> {
	const parts = token.split('.');
	if (parts.length !== 2 || parts[0] === '' || parts[1] === '') return null;
	const [id, secret] = parts as [string, string];

	const row = await db
		.selectFrom('sessions')
		.innerJoin('users', 'users.id', 'sessions.user_id')
		.select([
			'sessions.id',
			'sessions.user_id',
			'sessions.secret_hash',
			'sessions.two_factor_verified',
			'sessions.created_at',
			'sessions.last_used_at',
			'sessions.expires_at',
			'sessions.absolute_expires_at',
			'users.email',
			'users.name',
			'users.role',
			'users.disabled_at',
			'users.totp_enabled_at'
		])
		.where('sessions.id', '=', id)
		.executeTakeFirst();
	if (!row || !secretMatches(secret, row.secret_hash)) return null;

	const expiresAt = new Date(row.expires_at);
	const absoluteExpiresAt = new Date(row.absolute_expires_at);
	if (now >= expiresAt || now >= absoluteExpiresAt || row.disabled_at !== null) {
		await invalidateSession(db, id);
		return null;
	}

	const session: Session = {
		id,
		userId: row.user_id,
		twoFactorVerified: row.two_factor_verified === 1,
		createdAt: new Date(row.created_at),
		expiresAt,
		absoluteExpiresAt
	};
	const renew = expiresAt.getTime() - now.getTime() < SESSION_INACTIVITY_MS / 2;
	const touch = now.getTime() - new Date(row.last_used_at).getTime() >= LAST_USED_RESOLUTION_MS;
	if (renew) {
		session.expiresAt = new Date(Math.min(now.getTime() + SESSION_INACTIVITY_MS, absoluteExpiresAt.getTime()));
	}
	if (renew || touch) {
		await db
			.updateTable('sessions')
			.set({ expires_at: session.expiresAt.toISOString(), last_used_at: now.toISOString() })
			.where('id', '=', id)
			.execute();
	}
	const user: SessionUser = {
		id: row.user_id,
		email: row.email,
		name: row.name,
		role: row.role,
		totpEnabled: row.totp_enabled_at !== null
	};
	return { session, user };
}

/** After a correct TOTP or recovery code; the session keeps its id and expiry. */
export async function markSessionTwoFactorVerified(db: Kysely<Database>, sessionId: string): Promise<void> {
	await db.updateTable('sessions').set({ two_factor_verified: 1 }).where('id', '=', sessionId).execute();
}

export async function invalidateSession(db: Kysely<Database>, sessionId: string): Promise<void> {
	await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

/** Ends every session of the user, except `except` (the one that just changed the password, say). */
export async function invalidateUserSessions(
	db: Kysely<Database>,
	userId: number,
	{ except }: { except?: string } = {}
): Promise<void> {
	let query = db.deleteFrom('sessions').where('user_id', '=', userId);
	if (except !== undefined) query = query.where('id', '!=', except);
	await query.execute();
}

/** `__Host-` binds the cookie to this origin over HTTPS; plain HTTP (development) cannot use it. */
export function sessionCookieName(secure: boolean): string {
	return secure ? '__Host-kpr_session' : 'kpr_session';
}

export interface SessionCookieOptions {
	httpOnly: true;
	sameSite: 'lax';
	path: '/';
	secure: boolean;
	expires: Date;
}

/** Lax keeps the cookie on links from other sites but not on their form posts. */
export function sessionCookieOptions(secure: boolean, expiresAt: Date): SessionCookieOptions {
	return { httpOnly: true, sameSite: 'lax', path: '/', secure, expires: expiresAt };
}
