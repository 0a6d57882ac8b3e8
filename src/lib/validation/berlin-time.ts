// Dates and times are typed and shown in Zittau's local time (Europe/Berlin) and stored as UTC
// instants, whatever the server's zone is. One conversion for every form, correct on the days the
// clocks change: a wall time that does not exist (the hour skipped in March) is refused, and the
// hour that happens twice in October means its first occurrence.

const ZONE = 'Europe/Berlin';
// Made on first use, so that a page importing this module loads no locale data until it needs them.
let partsFormat: Intl.DateTimeFormat | undefined;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{1,2}):(\d{2})$/;
const GERMAN_LOCAL = /^(\d{1,2})\.(\d{1,2})\.(\d{4}),? +(\d{1,2}):(\d{2})(?: *Uhr)?$/;

/** "2026-12-08" + "18:30" in Berlin → the UTC instant; null for a day or time that does not exist. */
export function berlinToUtc(date: string, time: string): Date | null {
	const d = DATE.exec(date);
	const t = TIME.exec(time);
	if (!d || !t) return null;
	const [year, month, day, hour, minute] = [...d.slice(1), ...t.slice(1)].map(Number);
	if (month < 1 || month > 12 || hour > 23 || minute > 59) return null;
	const wall = Date.UTC(year, month - 1, day, hour, minute);
	// The offset at the guessed instant, corrected once more for the days when the clocks change.
	let instant = wall - offsetMs(wall);
	instant = wall - offsetMs(instant);
	const back = berlinParts(new Date(instant));
	return back.date === date && back.time === `${t[1].padStart(2, '0')}:${t[2]}` ? new Date(instant) : null;
}

/**
 * "2026-12-10T18:00" (what a datetime-local field sends) or "10.12.2026 18:00" (typed by hand) as
 * the UTC instant it means in Berlin; null when it is no real date and time.
 */
export function parseBerlinDateTime(text: string): Date | null {
	const trimmed = text.trim();
	const iso = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})$/.exec(trimmed);
	if (iso) return berlinToUtc(iso[1], iso[2]);
	const german = GERMAN_LOCAL.exec(trimmed);
	if (!german) return null;
	const [, day, month, year, hour, minute] = german;
	return berlinToUtc(
		`${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`,
		`${hour.padStart(2, '0')}:${minute}`
	);
}

/** The Berlin calendar day and clock time of an instant, as a form shows them. */
export function berlinParts(instant: Date): { date: string; time: string } {
	partsFormat ??= new Intl.DateTimeFormat('en-GB', {
		timeZone: ZONE,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit'
	});
	const p = Object.fromEntries(partsFormat.formatToParts(instant).map((x) => [x.type, x.value]));
	return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/** The instant as "YYYY-MM-DDTHH:MM" in Berlin, the value a datetime-local field shows. */
export function toBerlinInputValue(instant: Date): string {
	const { date, time } = berlinParts(instant);
	return `${date}T${time}`;
}

/** How far Berlin's wall clock is ahead of UTC at this instant, in milliseconds. */
function offsetMs(utcMs: number): number {
	const { date, time } = berlinParts(new Date(utcMs));
	const [y, mo, d] = date.split('-').map(Number);
	const [h, mi] = time.split(':').map(Number);
	return Date.UTC(y, mo - 1, d, h, mi) - Math.floor(utcMs / 60_000) * 60_000;
}
