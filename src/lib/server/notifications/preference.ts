import type { Kysely } from 'kysely';
import type { Database, NotificationMode } from '../db/schema';
import { writeTransaction } from '../db/transaction';

export const NOTIFICATION_MODES: readonly NotificationMode[] = ['immediate', 'daily', 'off'];

export function parseNotificationMode(value: string): NotificationMode | null {
	return (NOTIFICATION_MODES as readonly string[]).includes(value) ? (value as NotificationMode) : null;
}

export async function getNotificationMode(db: Kysely<Database>, userId: number): Promise<NotificationMode> {
	const row = await db
		.selectFrom('users')
		.select(['notification_mode'])
		.where('id', '=', userId)
		.executeTakeFirstOrThrow();
	return row.notification_mode;
}

/** Changing the choice moves what is still queued to the new way of delivery (or drops it for "off"). */
export async function setNotificationMode(db: Kysely<Database>, userId: number, mode: NotificationMode): Promise<void> {
	await writeTransaction(db, async (trx) => {
		await trx
			.updateTable('users')
			.set({ notification_mode: mode, updated_at: new Date().toISOString() })
			.where('id', '=', userId)
			.execute();
		if (mode === 'off') {
			await trx.deleteFrom('notifications').where('user_id', '=', userId).where('sent_at', 'is', null).execute();
		} else {
			await trx
				.updateTable('notifications')
				.set({ delivery: mode })
				.where('user_id', '=', userId)
				.where('sent_at', 'is', null)
				.execute();
		}
	});
}
