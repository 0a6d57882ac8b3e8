import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

export interface Notice {
	/** The mail's subject, and the item's line in the digest. */
	subject: string;
	/** A few plain sentences saying what happened. */
	body: string;
	/** Absolute URL of the proposal, meeting or announcement. */
	link: string;
	linkLabel: string;
}

/**
 * Queues the notice for each person who wants notifications, inside the caller's transaction, so the
 * change and its notifications are committed together. People who chose "off" and disabled accounts
 * get nothing; afterwards call deliverImmediateNotifications() to send the immediate ones.
 */
export async function queueNotifications(trx: Kysely<Database>, userIds: number[], notice: Notice): Promise<number> {
	const unique = [...new Set(userIds)];
	if (unique.length === 0) return 0;
	const recipients = await trx
		.selectFrom('users')
		.select(['id', 'notification_mode'])
		.where('id', 'in', unique)
		.where('disabled_at', 'is', null)
		.where('notification_mode', '!=', 'off')
		.execute();
	if (recipients.length === 0) return 0;
	await trx
		.insertInto('notifications')
		.values(
			recipients.map((r) => ({
				user_id: r.id,
				delivery: r.notification_mode === 'daily' ? ('daily' as const) : ('immediate' as const),
				subject: notice.subject,
				body: notice.body,
				link: notice.link,
				link_label: notice.linkLabel
			}))
		)
		.execute();
	return recipients.length;
}
