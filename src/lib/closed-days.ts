// Days a partner is closed although its weekly hours say otherwise: the public holidays of Saxony
// (computed by feiertagejs, Easter-based ones included) and the partner's own closures. Days are
// calendar days in Zittau ("YYYY-MM-DD", Europe/Berlin); texts come in the language of the request.
import { getHolidays } from 'feiertagejs';
import { m } from '$lib/paraglide/messages';

/** A closure the partner entered: both days inclusive. */
export interface Closure {
	startsOn: string;
	endsOn: string;
	reason: string;
}

export type ClosedDay = { kind: 'holiday'; name: string } | { kind: 'closure'; reason: string };

const HOLIDAY_NAMES: Record<string, () => string> = {
	NEUJAHRSTAG: m.directory_holiday_new_year,
	KARFREITAG: m.directory_holiday_good_friday,
	OSTERMONTAG: m.directory_holiday_easter_monday,
	TAG_DER_ARBEIT: m.directory_holiday_labour_day,
	CHRISTIHIMMELFAHRT: m.directory_holiday_ascension,
	PFINGSTMONTAG: m.directory_holiday_whit_monday,
	DEUTSCHEEINHEIT: m.directory_holiday_german_unity,
	REFORMATIONSTAG: m.directory_holiday_reformation,
	BUBETAG: m.directory_holiday_repentance,
	ERSTERWEIHNACHTSFEIERTAG: m.directory_holiday_christmas,
	ZWEITERWEIHNACHTSFEIERTAG: m.directory_holiday_boxing_day
};

const holidaysByYear = new Map<number, Map<string, string>>();

/** The public holiday of Saxony on a day, by its key (e.g. "BUBETAG"), or null. */
export function saxonHoliday(day: string): string | null {
	const year = Number(day.slice(0, 4));
	let holidays = holidaysByYear.get(year);
	if (!holidays) {
		holidays = new Map(getHolidays(year, 'SN').map((h) => [h.dateString, h.name]));
		holidaysByYear.set(year, holidays);
	}
	return holidays.get(day) ?? null;
}

/** Why the partner is closed on a day, or null when its weekly hours apply. */
export function closedDay(closures: readonly Closure[], day: string): ClosedDay | null {
	const holiday = saxonHoliday(day);
	if (holiday) return { kind: 'holiday', name: HOLIDAY_NAMES[holiday]?.() ?? holiday };
	const closure = closures.find((c) => c.startsOn <= day && day <= c.endsOn);
	return closure ? { kind: 'closure', reason: closure.reason } : null;
}

/** The calendar day `count` days after `day` (negative counts go back). */
export function addDays(day: string, count: number): string {
	const [year, month, date] = day.split('-').map(Number);
	return new Date(Date.UTC(year, month - 1, date + count)).toISOString().slice(0, 10);
}

/** "Feiertag (Karfreitag)" or the partner's reason. */
export function formatClosedDay(closed: ClosedDay): string {
	return closed.kind === 'holiday' ? m.directory_holiday_label({ name: closed.name }) : closed.reason;
}
