import type { Kysely } from 'kysely';
import { logAuthEvent } from '../auth/events';
import { verifyPassword } from '../auth/password';
import { KeyedLimiter } from '../auth/rate-limit';
import { retryMessage } from '../auth/retry-message';
import type { Database } from '../db/schema';

const MINUTE_MS = 60 * 1000;

// A stolen session must not become a way to guess the password: five wrong answers block the
// account's settings for a quarter of an hour, like the login throttle does.
const limiter = new KeyedLimiter({ limit: 5, windowMs: 15 * MINUTE_MS, blockMs: 15 * MINUTE_MS });

/**
 * Checks the current password again before a change to the account's email, password, second
 * factor or existence (ASVS 5.0 V7.5.1). Returns a German message when the answer is refused.
 */
export async function checkCurrentPassword(
	db: Kysely<Database>,
	userId: number,
	password: string,
	{ ip = null }: { ip?: string | null } = {}
): Promise<string | null> {
	const key = String(userId);
	if (password === '') return 'Bitte geben Sie Ihr aktuelles Passwort ein.';
	const wait = limiter.begin(key);
	if (wait > 0) return retryMessage(wait);

	let matches: boolean;
	try {
		const row = await db.selectFrom('users').select(['password_hash']).where('id', '=', userId).executeTakeFirst();
		matches = row?.password_hash ? await verifyPassword(row.password_hash, password) : false;
	} catch (error) {
		limiter.finish(key, true);
		throw error;
	}
	const locked = limiter.finish(key, !matches);
	if (matches) {
		limiter.clear(key);
		return null;
	}
	if (locked) {
		await logAuthEvent(db, 'lockout', { userId, ip });
		return retryMessage(limiter.retryAfter(key));
	}
	await logAuthEvent(db, 'reauthentication_failure', { userId, ip });
	return 'Das aktuelle Passwort ist nicht richtig.';
}
