import { createTOTPKeyURI, generateHOTP } from '@oslojs/otp';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { writeTransaction } from '../db/transaction';
import { replaceRecoveryCodes } from './recovery-codes';
import { openTotpKey, sealTotpKey } from './totp-key-cipher';

export const TOTP_ISSUER = 'KPR-Portal';
const PERIOD_SECONDS = 30;
const DIGITS = 6;
// One step either side forgives a phone clock that is up to 30 seconds off.
const WINDOW_STEPS = 1;

export function generateTotpKey(): Uint8Array {
	return crypto.getRandomValues(new Uint8Array(20));
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function createTotpUri(key: Uint8Array, accountName: string): string {
	return createTOTPKeyURI(TOTP_ISSUER, accountName, key, PERIOD_SECONDS, DIGITS);
}

/** The time step whose code matches (current ±1), or null. Spaces in the typed code are ignored. */
export function verifyTotp(key: Uint8Array, code: string, now = Date.now()): number | null {
	const typed = new TextEncoder().encode(code.replace(/\s/g, ''));
	if (typed.length !== DIGITS) return null;
	const current = Math.floor(now / (PERIOD_SECONDS * 1000));
	for (let step = current - WINDOW_STEPS; step <= current + WINDOW_STEPS; step++) {
		const expected = new TextEncoder().encode(generateHOTP(key, BigInt(step), DIGITS));
		if (constantTimeEqual(typed, expected)) return step;
	}
	return null;
}

/**
 * Stores a new key while two-factor is still off and returns it for the QR code. An enabled key is
 * never overwritten here: it has to be disabled first (with the password checked again).
 */
export async function beginTotpSetup(db: Kysely<Database>, userId: number): Promise<Uint8Array | null> {
	const key = generateTotpKey();
	const result = await db
		.updateTable('users')
		.set({ totp_key: sealTotpKey(key), totp_last_step: null })
		.where('id', '=', userId)
		.where('totp_enabled_at', 'is', null)
		.executeTakeFirst();
	return result.numUpdatedRows === 1n ? key : null;
}

/**
 * Enables two-factor once the person typed a correct code from the new key; answers the ten
 * recovery codes to show them once, or null when the code was wrong.
 */
export async function confirmTotpSetup(
	db: Kysely<Database>,
	userId: number,
	code: string,
	now = new Date()
): Promise<string[] | null> {
	const step = await matchingStep(db, userId, code, now, 'pending');
	if (step === null) return null;
	return writeTransaction(db, async (trx) => {
		await trx
			.updateTable('users')
			.set({ totp_enabled_at: now.toISOString(), totp_last_step: step, updated_at: now.toISOString() })
			.where('id', '=', userId)
			.execute();
		return replaceRecoveryCodes(trx, userId);
	});
}

/**
 * Checks a login code against the user's enabled key. Each code counts once: the accepted step
 * is stored by a conditional update, so a replayed or concurrently reused code is refused.
 */
export async function verifyUserTotp(
	db: Kysely<Database>,
	userId: number,
	code: string,
	now = new Date()
): Promise<boolean> {
	const step = await matchingStep(db, userId, code, now, 'enabled');
	if (step === null) return false;
	const result = await db
		.updateTable('users')
		.set({ totp_last_step: step })
		.where('id', '=', userId)
		.where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
		.executeTakeFirst();
	return result.numUpdatedRows === 1n;
}

/** The time step of the user's pending or enabled key that `code` matches; null when none does. */
async function matchingStep(
	db: Kysely<Database>,
	userId: number,
	code: string,
	now: Date,
	key: 'pending' | 'enabled'
): Promise<number | null> {
	const row = await db
		.selectFrom('users')
		.select(['totp_key'])
		.where('id', '=', userId)
		.where('totp_enabled_at', key === 'enabled' ? 'is not' : 'is', null)
		.executeTakeFirst();
	return row?.totp_key ? verifyTotp(openTotpKey(row.totp_key), code, now.getTime()) : null;
}

/** Removes the key and the recovery codes; the caller checks the password (or is the coordinator). */
export async function disableTotp(db: Kysely<Database>, userId: number): Promise<void> {
	await writeTransaction(db, async (trx) => {
		await trx
			.updateTable('users')
			.set({ totp_key: null, totp_enabled_at: null, totp_last_step: null, updated_at: new Date().toISOString() })
			.where('id', '=', userId)
			.execute();
		await trx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
	});
}
