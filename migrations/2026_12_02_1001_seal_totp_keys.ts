import type { Kysely } from 'kysely';
import { isSealedTotpKey, openTotpKey, sealTotpKey } from '../src/lib/server/auth/totp-key-cipher';

// TOTP keys stored in plain text before they were sealed with TOTP_ENCRYPTION_KEY (or the key the
// demo generates into the data folder). The secret is only looked up when there is a key to seal.
export async function up(db: Kysely<any>): Promise<void> {
	await rewriteTotpKeys(db, (key) => !isSealedTotpKey(key), sealTotpKey);
}

export async function down(db: Kysely<any>): Promise<void> {
	await rewriteTotpKeys(db, isSealedTotpKey, openTotpKey);
}

/** Replaces each stored TOTP key that `needs` a change with `change(key)`. */
async function rewriteTotpKeys(
	db: Kysely<any>,
	needs: (key: Uint8Array) => boolean,
	change: (key: Uint8Array) => Uint8Array
): Promise<void> {
	const rows = (await db
		.selectFrom('users')
		.select(['id', 'totp_key'])
		.where('totp_key', 'is not', null)
		.execute()) as { id: number; totp_key: Uint8Array }[];
	for (const row of rows.filter((r) => needs(r.totp_key))) {
		await db
			.updateTable('users')
			.set({ totp_key: change(row.totp_key) })
			.where('id', '=', row.id)
			.execute();
	}
}
