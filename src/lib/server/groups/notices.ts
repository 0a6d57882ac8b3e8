import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { getMailer, type Mailer } from '../mail/mailer';
import { deliverImmediateNotifications } from '../notifications/delivery';
import type { Notice } from '../notifications/queue';
import type { GroupRef } from './types';

const dateTime = new Intl.DateTimeFormat('de-DE', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Berlin' });

export interface NoticeContext {
	origin: string;
	siteName: string;
	mailer?: Mailer;
}

export function meetingNotice(group: GroupRef, meeting: { id: number; title: string; startsAt: Date; location: string | null }, origin: string): Notice {
	return {
		subject: `Neuer Termin der ${group.name}: ${meeting.title}`,
		body: `${meeting.title} am ${dateTime.format(meeting.startsAt)} Uhr${meeting.location ? `, ${meeting.location}` : ''}.`,
		link: `${origin}/arbeitsgruppen/${group.slug}/intern/termine/${meeting.id}`,
		linkLabel: 'Termin ansehen'
	};
}

export function announcementNotice(group: GroupRef, announcement: { title: string; plainBody: string }, origin: string): Notice {
	const body = announcement.plainBody.length > 400 ? `${announcement.plainBody.slice(0, 400)} …` : announcement.plainBody;
	return {
		subject: `Neue Mitteilung der ${group.name}: ${announcement.title}`,
		body,
		link: `${origin}/arbeitsgruppen/${group.slug}/intern#mitteilungen`,
		linkLabel: 'Mitteilung lesen'
	};
}

/** Mails the immediate notifications after the change was committed; a failure stays queued, never fails the change. */
export async function deliverGroupNotices(db: Kysely<Database>, { origin, siteName, mailer = getMailer() }: NoticeContext): Promise<void> {
	try {
		await deliverImmediateNotifications(db, { mailer, origin, siteName });
	} catch (error) {
		console.error(`[groups] notification delivery failed: ${error instanceof Error ? error.message : String(error)}`);
	}
}

/** Links in mails point to the configured public origin (ORIGIN), never to the request's Host. */
export function noticeContext(config: { origin: string; siteName: string }): NoticeContext {
	return { origin: config.origin, siteName: config.siteName };
}
