import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Mailer } from '../mail/mailer';
import { groupBy } from '../../group-by';
import { digestMail, notificationMail, type QueuedNotice } from './mails';
import { unsubscribeLink, unsubscribeToken } from './unsubscribe';
import { errorText } from '$lib/error-text';

export interface DeliveryOptions {
	mailer: Mailer;
	origin: string;
	siteName: string;
}

export interface DeliveryReport {
	sent: number;
	failed: number;
}

/** Sends every queued immediate notification, one mail each; a failed one stays queued for the next run. */
export async function deliverImmediateNotifications(
	db: Kysely<Database>,
	options: DeliveryOptions
): Promise<DeliveryReport> {
	return deliver(db, 'immediate', options, (notices, link) =>
		notices.map((n) => ({ ids: [n.id], mail: notificationMail(n, link, options.siteName) }))
	);
}

/** Sends each person with queued daily notifications one digest of all of them (run once a day). */
export async function sendDailyDigests(db: Kysely<Database>, options: DeliveryOptions): Promise<DeliveryReport> {
	return deliver(db, 'daily', options, (notices, link) => [
		{ ids: notices.map((n) => n.id), mail: digestMail(notices, link, options.siteName) }
	]);
}

type Pending = QueuedNotice & { id: number; user_id: number; email: string };
type Composer = (
	notices: Pending[],
	unsubscribe: string
) => { ids: number[]; mail: ReturnType<typeof notificationMail> }[];

async function deliver(
	db: Kysely<Database>,
	delivery: 'immediate' | 'daily',
	options: DeliveryOptions,
	compose: Composer
): Promise<DeliveryReport> {
	const pending = await db
		.selectFrom('notifications')
		.innerJoin('users', 'users.id', 'notifications.user_id')
		.select(['notifications.id', 'notifications.user_id', 'users.email', 'subject', 'body', 'link', 'link_label'])
		.where('notifications.sent_at', 'is', null)
		.where('notifications.delivery', '=', delivery)
		.where('users.disabled_at', 'is', null)
		.orderBy('notifications.id')
		.execute();
	const report: DeliveryReport = { sent: 0, failed: 0 };
	for (const [userId, notices] of groupBy(pending, (n) => n.user_id)) {
		const link = unsubscribeLink(options.origin, await unsubscribeToken(db, userId));
		for (const { ids, mail } of compose(notices, link)) {
			try {
				await options.mailer.send({ to: notices[0].email, ...mail });
				await db
					.updateTable('notifications')
					.set({ sent_at: new Date().toISOString() })
					.where('id', 'in', ids)
					.execute();
				report.sent += 1;
			} catch (error) {
				console.error(`[notifications] mail to user ${userId} failed: ${errorText(error)}`);
				await db
					.updateTable('notifications')
					.set((eb) => ({ attempts: eb('attempts', '+', 1) }))
					.where('id', 'in', ids)
					.execute();
				report.failed += 1;
			}
		}
	}
	return report;
}
