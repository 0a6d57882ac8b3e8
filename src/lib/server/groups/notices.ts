import type { Notice } from '../notifications/queue';
import type { GroupRef } from './types';

const dateTime = new Intl.DateTimeFormat('de-DE', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Berlin' });

export function meetingNotice(
	group: GroupRef,
	meeting: { id: number; title: string; startsAt: Date; location: string | null },
	origin: string
): Notice {
	return {
		subject: `Neuer Termin der ${group.name}: ${meeting.title}`,
		body: `${meeting.title} am ${dateTime.format(meeting.startsAt)} Uhr${meeting.location ? `, ${meeting.location}` : ''}.`,
		link: `${origin}/arbeitsgruppen/${group.slug}/intern/termine/${meeting.id}`,
		linkLabel: 'Termin ansehen'
	};
}

export function announcementNotice(
	group: GroupRef,
	announcement: { title: string; plainBody: string },
	origin: string
): Notice {
	const body =
		announcement.plainBody.length > 400 ? `${announcement.plainBody.slice(0, 400)} …` : announcement.plainBody;
	return {
		subject: `Neue Mitteilung der ${group.name}: ${announcement.title}`,
		body,
		link: `${origin}/arbeitsgruppen/${group.slug}/intern#mitteilungen`,
		linkLabel: 'Mitteilung lesen'
	};
}
