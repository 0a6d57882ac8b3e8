import type { Cookies } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { generateRandomString } from './crypto';
import { logAuthEvent } from './events';
import { hashPassword, verifyPassword } from './password';
import { LoginThrottle } from './rate-limit';
import { createSession, invalidateSession } from './session';
import { setSessionCookie } from './session-cookie';
import { getUserByEmail } from './users';

export type LoginResult =
	| { kind: 'success'; userId: number; needsTwoFactor: boolean; isCoordinator: boolean }
	| { kind: 'invalid' }
	| { kind: 'throttled'; retryAfterMs: number };

export interface LoginAttempt {
	email: string;
	password: string;
	/** The client address (adapter-node's, see ADDRESS_HEADER/XFF_DEPTH in the README). */
	address: string;
}

let throttle: LoginThrottle | undefined;

/** The process-wide login throttle; one server process keeps its counts in memory. */
export function getLoginThrottle(): LoginThrottle {
	throttle ??= new LoginThrottle();
	return throttle;
}

let dummyHash: Promise<string> | undefined;

// Unknown emails are checked against a hash made with the same parameters, so that the answer
// takes as long as for a registered account and its timing does not tell the two apart.
function getDummyHash(): Promise<string> {
	dummyHash ??= hashPassword(generateRandomString(20));
	return dummyHash;
}

/**
 * Checks email and password, counting failures per account and per client address. Unknown
 * emails, accounts without a password yet and disabled accounts all answer `invalid`, like a
 * wrong password, so that the answer reveals nothing about which emails are registered.
 */
export async function authenticate(
	db: Kysely<Database>,
	{ email, password, address }: LoginAttempt,
	limiter: LoginThrottle = getLoginThrottle()
): Promise<LoginResult> {
	const retryAfterMs = limiter.begin(email, address);
	if (retryAfterMs > 0) return { kind: 'throttled', retryAfterMs };

	let user: Awaited<ReturnType<typeof getUserByEmail>>;
	let succeeded: boolean;
	try {
		user = await getUserByEmail(db, email);
		const passwordMatches = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
		succeeded = user !== null && user.passwordHash !== null && !user.disabled && passwordMatches;
	} catch (error) {
		// An attempt that could not be checked still counts, so errors cannot be used to guess freely.
		limiter.finish(email, address, false);
		throw error;
	}
	const locked = limiter.finish(email, address, succeeded);
	if (!user || !succeeded) {
		await logAuthEvent(db, 'login_failure', { userId: user?.id ?? null, ip: address });
		if (locked) {
			await logAuthEvent(db, 'lockout', { userId: user?.id ?? null, ip: address });
			return { kind: 'throttled', retryAfterMs: limiter.retryAfter(email, address) };
		}
		return { kind: 'invalid' };
	}

	await logAuthEvent(db, 'login_success', { userId: user.id, ip: address });
	return {
		kind: 'success',
		userId: user.id,
		needsTwoFactor: user.totpEnabled,
		isCoordinator: user.role === 'coordinator'
	};
}

/**
 * A fresh session for this login (against session fixation): the browser's previous session, if
 * any, ends, and the new token goes into the cookie.
 */
export async function startSession(
	db: Kysely<Database>,
	cookies: Cookies,
	{
		userId,
		twoFactorVerified,
		previousSessionId,
		secure
	}: { userId: number; twoFactorVerified: boolean; previousSessionId: string | undefined; secure: boolean }
): Promise<void> {
	if (previousSessionId !== undefined) await invalidateSession(db, previousSessionId);
	const { token, session } = await createSession(db, userId, { twoFactorVerified });
	setSessionCookie(cookies, token, session.expiresAt, secure);
}

/** Where a person lands after logging in when the login page was not opened from elsewhere. */
export function homePath(isCoordinator: boolean): string {
	return isCoordinator ? '/koordination' : '/intern';
}
