import { encodeBase32UpperCaseNoPadding } from '@oslojs/encoding';
import type { Kysely } from 'kysely';
import { beginTotpSetup } from '../auth/totp';
import { openTotpKey } from '../auth/totp-key-cipher';
import type { Database } from '../db/schema';

/**
 * The key to show on the set-up page while two-factor is off: the one already waiting for its first
 * code (so that reloading the page does not invalidate an app that scanned it), or a new one. Null
 * when two-factor is on.
 */
export async function getTotpSetupKey(db: Kysely<Database>, userId: number): Promise<Uint8Array | null> {
	const row = await db
		.selectFrom('users')
		.select(['totp_key', 'totp_enabled_at'])
		.where('id', '=', userId)
		.executeTakeFirstOrThrow();
	if (row.totp_enabled_at !== null) return null;
	return row.totp_key ? openTotpKey(row.totp_key) : beginTotpSetup(db, userId);
}

/** "JBSW Y3DP EHPK 3PXP …": the base32 key in groups of four, as people type it into an app by hand. */
export function formatManualKey(key: Uint8Array): string {
	return encodeBase32UpperCaseNoPadding(key).match(/.{1,4}/g)!.join(' ');
}
