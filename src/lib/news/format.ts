// Dates of news and events in the reader's language, always in Zittau's time zone.

const ZONE = 'Europe/Berlin';

/** "Donnerstag, 10. Dezember 2026, 18:00–20:00" (one day) or a range over several days. */
export function formatEventTime(startsAt: string, endsAt: string, locale: string): string {
	const format = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: ZONE });
	return format.formatRange(new Date(startsAt), new Date(endsAt));
}

/** "10. Dezember 2026". */
export function formatNewsDate(iso: string, locale: string): string {
	return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: ZONE }).format(new Date(iso));
}
