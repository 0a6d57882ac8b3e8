import type { Kysely } from 'kysely';
import { generateRandomString, hashSecret } from '../auth/crypto';
import type { Database, UserRole } from '../db/schema';

/**
 * A person's secret calendar feed. Only the token's SHA-256 is stored (like session secrets), so the
 * feed URL is shown once when it is created; whoever loses it renews it, which revokes the old one.
 */
export async function renewFeedToken(db: Kysely<Database>, userId: number): Promise<string> {
	const token = generateRandomString(20);
	const row = { user_id: userId, token_hash: hashSecret(token), created_at: new Date().toISOString() };
	await db
		.insertInto('calendar_feed_tokens')
		.values(row)
		.onConflict((oc) =>
			oc.column('user_id').doUpdateSet({ token_hash: row.token_hash, created_at: row.created_at })
		)
		.execute();
	return token;
}

export async function revokeFeedToken(db: Kysely<Database>, userId: number): Promise<void> {
	await db.deleteFrom('calendar_feed_tokens').where('user_id', '=', userId).execute();
}

/** When the person's current feed was created, or null without one. */
export async function feedTokenCreatedAt(db: Kysely<Database>, userId: number): Promise<string | null> {
	const row = await db
		.selectFrom('calendar_feed_tokens')
		.select('created_at')
		.where('user_id', '=', userId)
		.executeTakeFirst();
	return row?.created_at ?? null;
}

/** The active account a feed token belongs to; null for an unknown, revoked or disabled one. */
export async function findFeedOwner(
	db: Kysely<Database>,
	token: string
): Promise<{ id: number; role: UserRole } | null> {
	if (!/^[a-z2-7]{32}$/.test(token)) return null;
	const row = await db
		.selectFrom('calendar_feed_tokens as t')
		.innerJoin('users as u', 'u.id', 't.user_id')
		.select(['u.id', 'u.role'])
		.where('t.token_hash', '=', hashSecret(token))
		.where('u.disabled_at', 'is', null)
		.executeTakeFirst();
	return row ?? null;
}
