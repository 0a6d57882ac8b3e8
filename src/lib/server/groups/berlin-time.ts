// Meetings are entered and shown in the council's time zone and stored as UTC instants.
const ZONE = 'Europe/Berlin';

const parts = new Intl.DateTimeFormat('en-GB', {
	timeZone: ZONE,
	hourCycle: 'h23',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit'
});

/** "2026-12-08" + "18:30" in Berlin → the UTC instant; null for a day or time that does not exist. */
export function berlinToUtc(date: string, time: string): Date | null {
	const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	const t = /^(\d{2}):(\d{2})$/.exec(time);
	if (!d || !t) return null;
	const [year, month, day, hour, minute] = [...d.slice(1), ...t.slice(1)].map(Number);
	const wall = Date.UTC(year, month - 1, day, hour, minute);
	if (Number.isNaN(wall) || hour > 23 || minute > 59) return null;
	// The offset at the guessed instant, corrected once more for the days when the clocks change.
	let instant = wall - offsetMs(new Date(wall));
	instant = wall - offsetMs(new Date(instant));
	const back = berlinParts(new Date(instant));
	return back.date === date && back.time === time ? new Date(instant) : null;
}

/** The Berlin calendar day and clock time of an instant, as a form shows them. */
export function berlinParts(instant: Date): { date: string; time: string } {
	const p = Object.fromEntries(parts.formatToParts(instant).map((x) => [x.type, x.value]));
	return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

function offsetMs(instant: Date): number {
	const { date, time } = berlinParts(instant);
	const [y, mo, d] = date.split('-').map(Number);
	const [h, mi] = time.split(':').map(Number);
	return Date.UTC(y, mo - 1, d, h, mi) - Math.floor(instant.getTime() / 60_000) * 60_000;
}
