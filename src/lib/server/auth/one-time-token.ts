import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database, OneTimeTokenPurpose } from '../db/schema';
import { writeTransaction } from '../db/transaction';
import { generateRandomString, hashSecret } from './crypto';

const HOUR_MS = 60 * 60 * 1000;
export const TOKEN_LIFETIME_MS: Record<OneTimeTokenPurpose, number> = {
	password_reset: HOUR_MS,
	email_change: 24 * HOUR_MS,
	invitation: 7 * 24 * HOUR_MS
};

/** The columns a usable token is read by: toRow makes the caller's row of them. */
const ROW_COLUMNS = ['id', 'user_id', 'payload', 'expires_at'] as const;

export interface OneTimeTokenRow {
	id: number;
	userId: number;
	payload: string | null;
	expiresAt: Date;
}

/**
 * Creates a 160-bit token for a link and returns it once; only its SHA-256 is stored. Earlier
 * unused tokens of the same user and purpose are withdrawn, so only the newest link works.
 */
export async function createOneTimeToken(
	db: Kysely<Database>,
	userId: number,
	purpose: OneTimeTokenPurpose,
	{ payload = null, now = new Date() }: { payload?: string | null; now?: Date } = {}
): Promise<{ token: string; expiresAt: Date }> {
	const token = generateRandomString(20);
	const expiresAt = new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]);
	await writeTransaction(db, async (trx) => {
		await trx
			.deleteFrom('one_time_tokens')
			.where('user_id', '=', userId)
			.where('purpose', '=', purpose)
			.where('used_at', 'is', null)
			.execute();
		await trx
			.insertInto('one_time_tokens')
			.values({
				user_id: userId,
				purpose,
				token_hash: hashSecret(token),
				payload,
				created_at: now.toISOString(),
				expires_at: expiresAt.toISOString()
			})
			.execute();
	});
	return { token, expiresAt };
}

/** The token's row while it is unused and unexpired, without using it up (to show a form first). */
export async function findValidToken(
	db: Kysely<Database>,
	purpose: OneTimeTokenPurpose,
	token: string,
	now = new Date()
): Promise<OneTimeTokenRow | null> {
	const row = await db
		.selectFrom('one_time_tokens')
		.select(ROW_COLUMNS)
		.where(usable(purpose, token, now))
		.executeTakeFirst();
	return row ? toRow(row) : null;
}

/**
 * Uses the token up: one conditional UPDATE, so two requests racing with the same link cannot
 * both succeed. Null when it is unknown, meant for another purpose, used or expired.
 */
export async function consumeToken(
	db: Kysely<Database>,
	purpose: OneTimeTokenPurpose,
	token: string,
	now = new Date()
): Promise<OneTimeTokenRow | null> {
	const row = await db
		.updateTable('one_time_tokens')
		.set({ used_at: now.toISOString() })
		.where(usable(purpose, token, now))
		.returning(ROW_COLUMNS)
		.executeTakeFirst();
	return row ? toRow(row) : null;
}

/** What makes a link's token usable: it is this token, meant for this purpose, unused and unexpired at `now`. */
function usable(purpose: OneTimeTokenPurpose, token: string, now: Date) {
	return (eb: ExpressionBuilder<Database, 'one_time_tokens'>) =>
		eb.and([
			eb('token_hash', '=', hashSecret(token)),
			eb('purpose', '=', purpose),
			eb('used_at', 'is', null),
			eb('expires_at', '>', now.toISOString())
		]);
}

function toRow(row: { id: number; user_id: number; payload: string | null; expires_at: string }): OneTimeTokenRow {
	return { id: row.id, userId: row.user_id, payload: row.payload, expiresAt: new Date(row.expires_at) };
}
