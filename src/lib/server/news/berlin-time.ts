// Event times are typed in Zittau's local time and stored in UTC, whatever the server's zone is.

const ZONE = 'Europe/Berlin';
const partsFormat = new Intl.DateTimeFormat('en-CA', {
	timeZone: ZONE,
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23'
});

const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/;
const GERMAN_LOCAL = /^(\d{1,2})\.(\d{1,2})\.(\d{4}),? +(\d{1,2}):(\d{2})(?: *Uhr)?$/;

/**
 * "2026-12-10T18:00" (what a datetime-local field sends) or "10.12.2026 18:00" (typed by hand) as
 * the UTC moment it means in Berlin; null when it is no real date and time.
 */
export function parseBerlinDateTime(text: string): Date | null {
	const iso = ISO_LOCAL.exec(text.trim());
	const german = iso ? null : GERMAN_LOCAL.exec(text.trim());
	if (!iso && !german) return null;
	const [year, month, day, hour, minute] = iso
		? iso.slice(1).map(Number)
		: [german![3], german![2], german![1], german![4], german![5]].map(Number);
	if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59) return null;
	const wall = Date.UTC(year, month - 1, day, hour, minute);
	if (new Date(wall).getUTCDate() !== day) return null;
	// Two rounds settle the offset also on the days the clocks change.
	let utc = wall - offsetAt(wall);
	utc = wall - offsetAt(utc);
	return new Date(utc);
}

/** The moment as "YYYY-MM-DDTHH:MM" in Berlin, the value a datetime-local field shows. */
export function toBerlinInputValue(date: Date): string {
	const p = parts(date.getTime());
	return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** How far Berlin's wall clock is ahead of UTC at this moment, in milliseconds. */
function offsetAt(utcMs: number): number {
	const p = parts(utcMs);
	const wall = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
	return wall - Math.floor(utcMs / 60_000) * 60_000;
}

function parts(utcMs: number): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
	const found = Object.fromEntries(partsFormat.formatToParts(new Date(utcMs)).map((p) => [p.type, p.value]));
	return { year: found.year, month: found.month, day: found.day, hour: found.hour, minute: found.minute };
}
