// What of a search text may be kept in the weekly counts: normalized, and never what looks like
// personal data (an e-mail address, a phone number, any other long run of digits).

export const MAX_GAP_QUERY = 100;

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;
// Five or more digits, even when written with spaces, slashes, dots or dashes between them.
const DIGIT_RUN = /\d(?:[\s/.\-()]*\d){4,}/;
const PHONE_PREFIX = /\+\d/;

/** The stored form of a query, or null when it must not be stored at all. */
export function normalizeGapQuery(raw: string): string | null {
	const text = raw.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
	if (text === '' || !/[\p{L}\p{N}]/u.test(text)) return null;
	if (EMAIL.test(text) || DIGIT_RUN.test(text) || PHONE_PREFIX.test(text)) return null;
	return [...text].slice(0, MAX_GAP_QUERY).join('').trim();
}

/** Monday of the ISO week of `date` (UTC), YYYY-MM-DD: the finest time the counts know. */
export function weekOf(date: Date): string {
	const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
	const sinceMonday = (day.getUTCDay() + 6) % 7;
	day.setUTCDate(day.getUTCDate() - sinceMonday);
	return day.toISOString().slice(0, 10);
}
