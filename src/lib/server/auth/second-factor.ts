import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { logAuthEvent } from './events';
import { KeyedLimiter } from './rate-limit';
import { consumeRecoveryCode } from './recovery-codes';
import { verifyUserTotp } from './totp';

const MINUTE_MS = 60 * 1000;

export type SecondFactorResult =
	{ kind: 'success' } | { kind: 'invalid' } | { kind: 'throttled'; retryAfterMs: number };

let limiter: KeyedLimiter | undefined;

// Six digits are guessed within a million tries; five per quarter hour keeps that out of reach.
function getSecondFactorLimiter(): KeyedLimiter {
	limiter ??= new KeyedLimiter({ limit: 5, windowMs: 15 * MINUTE_MS, blockMs: 15 * MINUTE_MS });
	return limiter;
}

/**
 * Checks the second step of a login: six digits are a code from the authenticator app, anything
 * else a recovery code (used up once accepted). Failures count per account.
 */
export async function verifySecondFactor(
	db: Kysely<Database>,
	{ userId, code, address }: { userId: number; code: string; address: string },
	attempts: KeyedLimiter = getSecondFactorLimiter()
): Promise<SecondFactorResult> {
	const key = String(userId);
	const retryAfterMs = attempts.begin(key);
	if (retryAfterMs > 0) return { kind: 'throttled', retryAfterMs };

	const isTotp = /^\d{6}$/.test(code.replace(/\s/g, ''));
	let accepted: boolean;
	try {
		accepted = isTotp ? await verifyUserTotp(db, userId, code) : await consumeRecoveryCode(db, userId, code);
	} catch (error) {
		attempts.finish(key, true);
		throw error;
	}
	const locked = attempts.finish(key, !accepted);
	if (!accepted) {
		await logAuthEvent(db, 'two_factor_failure', { userId, ip: address });
		if (locked) {
			await logAuthEvent(db, 'lockout', { userId, ip: address });
			return { kind: 'throttled', retryAfterMs: attempts.retryAfter(key) };
		}
		return { kind: 'invalid' };
	}
	attempts.clear(key);
	if (!isTotp) await logAuthEvent(db, 'recovery_code_used', { userId, ip: address });
	return { kind: 'success' };
}
