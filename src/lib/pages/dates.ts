/** "1. Dezember 2026" (or the locale's form) in Berlin time, for "Zuletzt geändert am …". */
export function formatLongDate(iso: string, locale: string): string {
	return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(new Date(iso));
}
