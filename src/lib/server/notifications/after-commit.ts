import type { Kysely } from 'kysely';
import { errorText } from '$lib/error-text';
import type { Database } from '../db/schema';
import { getMailer, type Mailer } from '../mail/mailer';
import { deliverImmediateNotifications } from './delivery';

export interface NoticeContext {
	origin: string;
	siteName: string;
	mailer?: Mailer;
}

/** Links in mails point to the configured public origin (ORIGIN), never to the request's Host. */
export function noticeContext(config: { origin: string; siteName: string }): NoticeContext {
	return { origin: config.origin, siteName: config.siteName };
}

/**
 * Mails the notifications a change (proposal, group) queued, after its transaction committed. A mail
 * that fails stays queued for the next run; the change itself is never undone by a mail problem.
 */
export async function deliverNotices(
	db: Kysely<Database>,
	{ origin, siteName, mailer = getMailer() }: NoticeContext
): Promise<void> {
	try {
		await deliverImmediateNotifications(db, { mailer, origin, siteName });
	} catch (error) {
		console.error(`[notifications] delivery failed: ${errorText(error)}`);
	}
}
