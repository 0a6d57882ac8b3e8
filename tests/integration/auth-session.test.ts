import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
	SESSION_ABSOLUTE_MS,
	SESSION_INACTIVITY_MS,
	createSession,
	invalidateSession,
	invalidateUserSessions,
	markSessionTwoFactorVerified,
	sessionCookieName,
	sessionCookieOptions,
	validateSessionToken
} from '../../src/lib/server/auth/session';
import { createUser, disableUser, enableUser, setPassword } from '../../src/lib/server/auth/users';
import { useTestDatabase } from '../helpers/test-database';

const DAY = 24 * 60 * 60 * 1000;
const start = new Date('2026-11-02T08:00:00.000Z');
const after = (ms: number) => new Date(start.getTime() + ms);

describe('login sessions', () => {
	const t = useTestDatabase();
	let sequence = 0;

	async function newUser(): Promise<number> {
		sequence += 1;
		return createUser(t.db, {
			email: `Person${sequence}@Example.org`,
			name: `Person ${sequence}`,
			role: 'partner'
		});
	}

	async function sessionRows(userId: number) {
		return t.db
			.selectFrom('sessions')
			.select(['id', 'secret_hash', 'expires_at'])
			.where('user_id', '=', userId)
			.execute();
	}

	it('issues a token "id.secret" of two random base32 parts and stores only the hash of the secret', async () => {
		const userId = await newUser();
		const { token, session } = await createSession(t.db, userId, { now: start });
		const [id, secret] = token.split('.');
		expect(id).toMatch(/^[a-z2-7]{24}$/);
		expect(secret).toMatch(/^[a-z2-7]{32}$/);
		const [row] = await sessionRows(userId);
		expect(row?.id).toBe(session.id);
		expect(Buffer.from(row!.secret_hash)).toEqual(createHash('sha256').update(secret!).digest());
	});

	it('validates a fresh token and answers with the user, but never their password hash or TOTP key', async () => {
		const userId = await newUser();
		const { token } = await createSession(t.db, userId, { now: start });
		const result = await validateSessionToken(t.db, token, after(1000));
		expect(result?.user).toEqual({
			id: userId,
			email: `person${sequence}@example.org`,
			name: `Person ${sequence}`,
			role: 'partner',
			totpEnabled: false
		});
		expect(result?.session.twoFactorVerified).toBe(false);
	});

	it('refuses a token whose id exists but whose secret is wrong', async () => {
		const userId = await newUser();
		const { token } = await createSession(t.db, userId, { now: start });
		const [id, secret] = token.split('.') as [string, string];
		const forged = `${id}.${secret.slice(0, -1)}${secret.endsWith('a') ? 'b' : 'a'}`;
		expect(await validateSessionToken(t.db, forged, after(1000))).toBeNull();
		expect(await validateSessionToken(t.db, id, after(1000))).toBeNull();
		expect(await validateSessionToken(t.db, `${id}.${secret}.x`, after(1000))).toBeNull();
		expect(await validateSessionToken(t.db, token, after(1000))).not.toBeNull();
	});

	it('keeps the expiry while less than half of the 10 inactive days have passed', async () => {
		const userId = await newUser();
		const { token, session } = await createSession(t.db, userId, { now: start });
		const result = await validateSessionToken(t.db, token, after(4 * DAY));
		expect(result?.session.expiresAt).toEqual(session.expiresAt);
	});

	it('renews the inactivity expiry once more than half of it has passed', async () => {
		const userId = await newUser();
		const { token } = await createSession(t.db, userId, { now: start });
		const result = await validateSessionToken(t.db, token, after(6 * DAY));
		expect(result?.session.expiresAt).toEqual(after(6 * DAY + SESSION_INACTIVITY_MS));
		const [row] = await sessionRows(userId);
		expect(row?.expires_at).toBe(after(16 * DAY).toISOString());
		expect(await validateSessionToken(t.db, token, after(15 * DAY))).not.toBeNull();
	});

	it('ends a session left unused for 10 days and deletes it', async () => {
		const userId = await newUser();
		const { token } = await createSession(t.db, userId, { now: start });
		expect(await validateSessionToken(t.db, token, after(SESSION_INACTIVITY_MS))).toBeNull();
		expect(await sessionRows(userId)).toEqual([]);
	});

	it('ends a session after 30 days even when it was used every few days', async () => {
		const userId = await newUser();
		const { token } = await createSession(t.db, userId, { now: start });
		for (let day = 6; day < 30; day += 6) {
			expect(await validateSessionToken(t.db, token, after(day * DAY))).not.toBeNull();
		}
		const lastDay = await validateSessionToken(t.db, token, after(29 * DAY));
		expect(lastDay?.session.expiresAt).toEqual(after(SESSION_ABSOLUTE_MS));
		expect(await validateSessionToken(t.db, token, after(SESSION_ABSOLUTE_MS))).toBeNull();
	});

	it('deletes the session on the server at logout, so the token no longer works', async () => {
		const userId = await newUser();
		const { token, session } = await createSession(t.db, userId, { now: start });
		await invalidateSession(t.db, session.id);
		expect(await validateSessionToken(t.db, token, after(1000))).toBeNull();
	});

	it('gives every login a new session id, so a planted token never becomes a logged-in one', async () => {
		const userId = await newUser();
		const first = await createSession(t.db, userId, { now: start });
		const second = await createSession(t.db, userId, { now: start });
		expect(second.session.id).not.toBe(first.session.id);
		expect(second.token).not.toBe(first.token);
	});

	it('ends every session of the user when the password changes, except the one that changed it', async () => {
		const userId = await newUser();
		const other = await newUser();
		const laptop = await createSession(t.db, userId, { now: start });
		const phone = await createSession(t.db, userId, { now: start });
		const colleague = await createSession(t.db, other, { now: start });
		await setPassword(t.db, userId, 'ein neues langes passwort', { keepSession: laptop.session.id });
		expect(await validateSessionToken(t.db, laptop.token, after(1000))).not.toBeNull();
		expect(await validateSessionToken(t.db, phone.token, after(1000))).toBeNull();
		expect(await validateSessionToken(t.db, colleague.token, after(1000))).not.toBeNull();

		await setPassword(t.db, userId, 'noch ein neues passwort');
		expect(await validateSessionToken(t.db, laptop.token, after(1000))).toBeNull();
	});

	it('ends every session when the account is disabled, and a re-enabled account has to log in again', async () => {
		const userId = await newUser();
		const { token } = await createSession(t.db, userId, { now: start });
		await disableUser(t.db, userId);
		expect(await validateSessionToken(t.db, token, after(1000))).toBeNull();
		await enableUser(t.db, userId);
		expect(await validateSessionToken(t.db, token, after(1000))).toBeNull();
	});

	it('refuses a session of a disabled account even if one was left behind', async () => {
		const userId = await newUser();
		await t.db.updateTable('users').set({ disabled_at: start.toISOString() }).where('id', '=', userId).execute();
		const { token } = await createSession(t.db, userId, { now: start });
		expect(await validateSessionToken(t.db, token, after(1000))).toBeNull();
	});

	it('ends all sessions of a user at once', async () => {
		const userId = await newUser();
		const a = await createSession(t.db, userId, { now: start });
		const b = await createSession(t.db, userId, { now: start });
		await invalidateUserSessions(t.db, userId);
		expect(await validateSessionToken(t.db, a.token, after(1000))).toBeNull();
		expect(await validateSessionToken(t.db, b.token, after(1000))).toBeNull();
	});

	it('remembers that the second factor was checked for this session only', async () => {
		const userId = await newUser();
		const a = await createSession(t.db, userId, { now: start });
		const b = await createSession(t.db, userId, { now: start });
		await markSessionTwoFactorVerified(t.db, a.session.id);
		expect((await validateSessionToken(t.db, a.token, after(1000)))?.session.twoFactorVerified).toBe(true);
		expect((await validateSessionToken(t.db, b.token, after(1000)))?.session.twoFactorVerified).toBe(false);
	});

	it('names the cookie __Host-kpr_session over HTTPS and sets it HttpOnly, SameSite=Lax, Path=/', () => {
		const expires = after(SESSION_INACTIVITY_MS);
		expect(sessionCookieName(true)).toBe('__Host-kpr_session');
		expect(sessionCookieName(false)).toBe('kpr_session');
		expect(sessionCookieOptions(true, expires)).toEqual({
			httpOnly: true,
			sameSite: 'lax',
			path: '/',
			secure: true,
			expires
		});
		expect(sessionCookieOptions(false, expires).secure).toBe(false);
	});
});
