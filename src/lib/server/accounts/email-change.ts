import type { Kysely } from 'kysely';
import { logAuthEvent } from '../auth/events';
import { consumeToken, createOneTimeToken, findValidToken } from '../auth/one-time-token';
import { readConfig } from '../config';
import type { Database } from '../db/schema';
import { writeTransaction } from '../db/transaction';
import { getMailer, type Mailer } from '../mail/mailer';
import { emailChangeMail } from '../mail/templates';
import { emailChangedNoticeMail, sendNotice } from './notice-mails';

export const EMAIL_CONFIRMATION_PATH = '/konto/email';

export interface EmailChangeOptions {
	mailer?: Mailer;
	/** Public origin for the link; defaults to the configured ORIGIN, never the request's Host. */
	origin?: string;
	now?: Date;
}

/**
 * Mails a confirmation link to the new address; the account keeps its address until the link is
 * used. An address that belongs to another account gets no mail and the caller answers the same
 * as for a free one, so the form cannot tell whether someone is registered.
 */
export async function requestEmailChange(
	db: Kysely<Database>,
	userId: number,
	newEmail: string,
	{ mailer = getMailer(), origin = readConfig().origin, now = new Date() }: EmailChangeOptions = {}
): Promise<void> {
	if (!origin) throw new Error('ORIGIN is not configured: confirmation links need the public address');
	if (await isEmailTaken(db, newEmail)) return;
	const { token, expiresAt } = await createOneTimeToken(db, userId, 'email_change', { payload: newEmail, now });
	const link = `${origin}${EMAIL_CONFIRMATION_PATH}/${token}`;
	await mailer.send({ to: newEmail, ...emailChangeMail({ newEmail, link, expiresAt }) });
}

/** The address a still valid link would confirm, to show before the person confirms it. */
export async function findPendingEmailChange(
	db: Kysely<Database>,
	token: string,
	now = new Date()
): Promise<string | null> {
	const row = await findValidToken(db, 'email_change', token, now);
	return row?.payload ?? null;
}

export type EmailChangeResult =
	{ changed: true; userId: number; email: string } | { changed: false; reason: 'invalid' | 'taken' };

/**
 * Uses the link up, stores the new address and tells the old one. 'taken' when another account got
 * the address meanwhile; 'invalid' for an unknown, used or expired link or a disabled account.
 */
export async function confirmEmailChange(
	db: Kysely<Database>,
	token: string,
	{ mailer = getMailer(), ip = null, now = new Date() }: { mailer?: Mailer; ip?: string | null; now?: Date } = {}
): Promise<EmailChangeResult> {
	const row = await consumeToken(db, 'email_change', token, now);
	if (!row?.payload) return { changed: false, reason: 'invalid' };
	const email = row.payload;
	const outcome = await writeTransaction(
		db,
		async (trx): Promise<{ reason: 'taken' | 'invalid' } | { previousEmail: string }> => {
			if (await isEmailTaken(trx, email)) return { reason: 'taken' };
			const previous = await trx
				.selectFrom('users')
				.select(['email'])
				.where('id', '=', row.userId)
				.where('disabled_at', 'is', null)
				.executeTakeFirst();
			if (!previous) return { reason: 'invalid' };
			await trx
				.updateTable('users')
				.set({ email, updated_at: now.toISOString() })
				.where('id', '=', row.userId)
				.execute();
			return { previousEmail: previous.email };
		}
	);
	if ('reason' in outcome) return { changed: false, reason: outcome.reason };
	await logAuthEvent(db, 'email_changed', { userId: row.userId, ip, now });
	await sendNotice(mailer, outcome.previousEmail, emailChangedNoticeMail({ newEmail: email, changedAt: now }));
	return { changed: true, userId: row.userId, email };
}

async function isEmailTaken(db: Kysely<Database>, email: string): Promise<boolean> {
	const row = await db.selectFrom('users').select(['id']).where('email', '=', email).executeTakeFirst();
	return row !== undefined;
}
