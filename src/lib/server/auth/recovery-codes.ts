import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { writeTransaction } from '../db/transaction';
import { generateRandomString, hashSecret } from './crypto';

const CODE_COUNT = 10;

/**
 * Replaces the user's recovery codes with ten new ones (80 bits each, shown as xxxx-xxxx-xxxx-xxxx)
 * and returns them once; only their SHA-256 is stored. Pass a transaction to combine it.
 */
export async function replaceRecoveryCodes(db: Kysely<Database>, userId: number): Promise<string[]> {
	const codes = Array.from({ length: CODE_COUNT }, () => generateRandomString(10).match(/.{4}/g)!.join('-'));
	await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
	await db
		.insertInto('recovery_codes')
		.values(codes.map((code) => ({ user_id: userId, code_hash: hashSecret(normalize(code)) })))
		.execute();
	return codes;
}

/** New codes for a person who used up or lost the old ones; the old ones stop working. */
export async function regenerateRecoveryCodes(db: Kysely<Database>, userId: number): Promise<string[]> {
	return writeTransaction(db, (trx) => replaceRecoveryCodes(trx, userId));
}

/** Uses up one recovery code of this user; false when it is unknown, someone else's or used. */
export async function consumeRecoveryCode(
	db: Kysely<Database>,
	userId: number,
	code: string,
	now = new Date()
): Promise<boolean> {
	const result = await db
		.updateTable('recovery_codes')
		.set({ used_at: now.toISOString() })
		.where('user_id', '=', userId)
		.where('code_hash', '=', hashSecret(normalize(code)))
		.where('used_at', 'is', null)
		.executeTakeFirst();
	return result.numUpdatedRows === 1n;
}

export async function countUnusedRecoveryCodes(db: Kysely<Database>, userId: number): Promise<number> {
	const row = await db
		.selectFrom('recovery_codes')
		.select((eb) => eb.fn.countAll<number>().as('count'))
		.where('user_id', '=', userId)
		.where('used_at', 'is', null)
		.executeTakeFirstOrThrow();
	return Number(row.count);
}

/** Typed codes may come in capitals, with spaces or without the dashes. */
function normalize(code: string): string {
	return code.toLowerCase().replace(/[\s-]/g, '');
}
