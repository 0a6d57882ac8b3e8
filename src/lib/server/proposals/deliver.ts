import type { Kysely } from 'kysely';
import { readConfig } from '../config';
import type { Database } from '../db/schema';
import { getMailer, type Mailer } from '../mail/mailer';
import { deliverImmediateNotifications } from '../notifications/delivery';

/**
 * Mails the notifications a proposal change queued, after its transaction committed. A mail that
 * fails stays queued for the next run; the change itself is never undone by a mail problem.
 */
export async function deliverProposalNotices(db: Kysely<Database>, origin: string, mailer: Mailer = getMailer()): Promise<void> {
	try {
		await deliverImmediateNotifications(db, { mailer, origin, siteName: readConfig().siteName });
	} catch (error) {
		console.error(`[proposals] notification delivery failed: ${error instanceof Error ? error.message : String(error)}`);
	}
}
