import { berlinDateTime } from '$lib/berlin-dates';
// Meeting times as German readers expect them, always in Berlin time whatever the browser's zone.
const day = new Intl.DateTimeFormat('de-DE', {
	weekday: 'long',
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'Europe/Berlin'
});
const clock = new Intl.DateTimeFormat('de-DE', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin' });

/** "Dienstag, 8. Dezember 2026, 18:00–19:30 Uhr" */
export function formatMeetingTime(startsAt: string, endsAt: string): string {
	const start = new Date(startsAt);
	return `${day.format(start)}, ${clock.format(start)}–${clock.format(new Date(endsAt))} Uhr`;
}

/** "01.12.2026, 21:40" for posts and replies. */
export function formatStamp(iso: string): string {
	return berlinDateTime.format(new Date(iso));
}

/** "Dienstag, 8. Dezember 2026, 18:00 Uhr" */
export function formatMeetingStart(startsAt: string): string {
	const start = new Date(startsAt);
	return `${day.format(start)}, ${clock.format(start)} Uhr`;
}
