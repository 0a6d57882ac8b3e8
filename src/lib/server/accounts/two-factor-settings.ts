import { encodeBase32UpperCaseNoPadding } from '@oslojs/encoding';
import type { Kysely } from 'kysely';
import { logAuthEvent } from '../auth/events';
import { beginTotpSetup, disableTotp } from '../auth/totp';
import { openTotpKey } from '../auth/totp-key-cipher';
import type { Database } from '../db/schema';
import { checkCurrentPassword } from './reauthentication';

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
	return encodeBase32UpperCaseNoPadding(key)
		.match(/.{1,4}/g)!
		.join(' ');
}

export type TurnOffResult = { ok: true } | { ok: false; status: 400 | 403; error: string };

/**
 * Turns two-factor sign-in off after the person confirmed with their password. The coordination
 * keeps it always: its accounts can change every partner's data.
 */
export async function turnOffTwoFactor(
	db: Kysely<Database>,
	user: { id: number; role: string; totpEnabled: boolean },
	password: string,
	{ ip }: { ip: string | null }
): Promise<TurnOffResult> {
	if (user.role === 'coordinator') {
		return {
			ok: false,
			status: 403,
			error: 'Für die Koordinierungsstelle ist die Zwei-Faktor-Anmeldung vorgeschrieben.'
		};
	}
	if (!user.totpEnabled)
		return { ok: false, status: 400, error: 'Die Zwei-Faktor-Anmeldung ist bereits ausgeschaltet.' };
	const refused = await checkCurrentPassword(db, user.id, password, { ip });
	if (refused) return { ok: false, status: 400, error: refused };
	await disableTotp(db, user.id);
	await logAuthEvent(db, 'two_factor_disabled', { userId: user.id, ip });
	return { ok: true };
}
