import type { Kysely } from 'kysely';
import { generateRandomString } from '../auth/crypto';
import type { Database } from '../db/schema';
import { writeTransaction } from '../db/transaction';

export const UNSUBSCRIBE_PATH = '/benachrichtigungen/abbestellen';

/** The person's unsubscribe token, created on first use. */
export async function unsubscribeToken(db: Kysely<Database>, userId: number): Promise<string> {
	const row = await db
		.selectFrom('users')
		.select(['unsubscribe_token'])
		.where('id', '=', userId)
		.executeTakeFirstOrThrow();
	if (row.unsubscribe_token) return row.unsubscribe_token;
	const token = generateRandomString(20);
	await db
		.updateTable('users')
		.set({ unsubscribe_token: token })
		.where('id', '=', userId)
		.where('unsubscribe_token', 'is', null)
		.execute();
	const stored = await db
		.selectFrom('users')
		.select(['unsubscribe_token'])
		.where('id', '=', userId)
		.executeTakeFirstOrThrow();
	return stored.unsubscribe_token ?? token;
}

export function unsubscribeLink(origin: string, token: string): string {
	return `${origin}${UNSUBSCRIBE_PATH}/${encodeURIComponent(token)}`;
}

/** Whether the token belongs to an account; used by the confirmation page before anything changes. */
export async function findUnsubscribeAccount(
	db: Kysely<Database>,
	token: string
): Promise<{ email: string; mode: string } | null> {
	if (!token) return null;
	const row = await db
		.selectFrom('users')
		.select(['email', 'notification_mode'])
		.where('unsubscribe_token', '=', token)
		.executeTakeFirst();
	return row ? { email: row.email, mode: row.notification_mode } : null;
}

/** Switches notifications off and drops what is still queued; false for an unknown token. */
export async function unsubscribe(db: Kysely<Database>, token: string): Promise<boolean> {
	if (!token) return false;
	const user = await db.selectFrom('users').select(['id']).where('unsubscribe_token', '=', token).executeTakeFirst();
	if (!user) return false;
	await writeTransaction(db, async (trx) => {
		await trx
			.updateTable('users')
			.set({ notification_mode: 'off', updated_at: new Date().toISOString() })
			.where('id', '=', user.id)
			.execute();
		await trx.deleteFrom('notifications').where('user_id', '=', user.id).where('sent_at', 'is', null).execute();
	});
	return true;
}
