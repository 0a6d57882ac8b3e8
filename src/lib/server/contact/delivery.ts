import type { Kysely } from 'kysely';
import { readConfig } from '../config';
import type { Database } from '../db/schema';
import type { ContactDelivery } from '../db/tables/contact';
import { getMailer, type Mailer } from '../mail/mailer';
import { contactMessageMail } from './mail';
import { errorText } from '$lib/error-text';

export interface DeliveryOptions {
	/** The portal's public URL, for the link to the inbox entry. */
	origin: string;
	mailer?: Mailer;
	/** Where the mail goes (CONTACT_EMAIL) and who signs it (SITE_NAME). */
	to?: string;
	siteName?: string;
}

/** How many messages one pass tries at most, so that a long outage cannot keep a pass busy. */
const PASS_SIZE = 20;

/** Mails one stored message to the coordination office and records whether that worked. */
export async function deliverMessage(
	db: Kysely<Database>,
	id: number,
	options: DeliveryOptions
): Promise<ContactDelivery | null> {
	const row = await db
		.selectFrom('contact_messages')
		.select([
			'id',
			'reference',
			'topic',
			'message',
			'page',
			'email',
			'wants_reply',
			'locale',
			'delivery',
			'created_at'
		])
		.where('id', '=', id)
		.executeTakeFirst();
	if (!row) return null;
	if (row.delivery === 'sent') return 'sent';
	const config = readConfig();
	const content = contactMessageMail(
		{
			reference: row.reference,
			topic: row.topic,
			message: row.message,
			page: row.page,
			hasEmail: row.email !== null,
			wantsReply: row.wants_reply === 1,
			locale: row.locale,
			createdAt: new Date(row.created_at),
			link: `${options.origin}/koordination/postfach/${row.id}`
		},
		options.siteName ?? config.siteName
	);
	try {
		await (options.mailer ?? getMailer()).send({
			to: options.to ?? config.contactEmail,
			replyTo: row.email ?? undefined,
			...content
		});
	} catch (error) {
		const reason = errorText(error);
		console.warn(`[contact] mail of message ${row.id} not delivered: ${reason}`);
		await db
			.updateTable('contact_messages')
			.set((eb) => ({
				delivery: 'failed',
				delivery_error: reason.slice(0, 500),
				delivery_attempts: eb('delivery_attempts', '+', 1)
			}))
			.where('id', '=', row.id)
			.execute();
		return 'failed';
	}
	await db
		.updateTable('contact_messages')
		.set((eb) => ({
			delivery: 'sent',
			delivery_error: null,
			delivered_at: new Date().toISOString(),
			delivery_attempts: eb('delivery_attempts', '+', 1)
		}))
		.where('id', '=', row.id)
		.execute();
	return 'sent';
}

/**
 * Mails every open message whose mail has not gone out, those never tried first. Stops at the first
 * failure: the mail server is down, and the next pass (next message, inbox opened) tries again.
 */
export async function deliverPendingMessages(
	db: Kysely<Database>,
	options: DeliveryOptions
): Promise<{ sent: number; failed: number }> {
	const pending = await db
		.selectFrom('contact_messages')
		.select(['id'])
		.where('status', '=', 'open')
		.where('delivery', '!=', 'sent')
		.orderBy('delivery_attempts')
		.orderBy('id')
		.limit(PASS_SIZE)
		.execute();
	let sent = 0;
	for (const { id } of pending) {
		if ((await deliverMessage(db, id, options)) === 'failed') return { sent, failed: 1 };
		sent += 1;
	}
	return { sent, failed: 0 };
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs deliveries one after another, so that two requests at once never mail a message twice. */
export function inDeliveryQueue<T>(work: () => Promise<T>): Promise<T> {
	const run = queue.then(work);
	queue = run.catch(() => undefined);
	return run;
}

/** A delivery pass that nobody waits for: the citizen's confirmation never depends on the mail. */
export function deliverInBackground(db: Kysely<Database>, options: DeliveryOptions): void {
	inDeliveryQueue(() => deliverPendingMessages(db, options)).catch((error: unknown) =>
		console.error('[contact] delivery pass failed', error)
	);
}
