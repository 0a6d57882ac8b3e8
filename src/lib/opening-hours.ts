// Weekly opening and consultation hours, read on the wall clock of Zittau (Europe/Berlin) whatever
// the time zone of the server or the browser. Pure functions: the caller passes the moment; texts
// come in the language of the request.
import { addDays, closedDay, type ClosedDay, type Closure } from '$lib/closed-days';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { berlinParts } from '$lib/validation/berlin-time';

/** One weekly time slot; a slot whose closing time is not after its opening time runs past midnight. */
export interface WeeklySlot {
	/** ISO weekday: 1 = Monday … 7 = Sunday. */
	weekday: number;
	/** "HH:MM" local time. */
	opensAt: string;
	/** "HH:MM" local time; "24:00" is the end of the day. */
	closesAt: string;
	note?: string | null;
}

export type OpenStatus =
	/** closesAt null: open round the clock, the whole week. */
	| { open: true; closesAt: string | null }
	/** closedToday: why the weekly hours do not apply today (a public holiday, a closure). */
	| { open: false; next: NextOpening | null; closedToday: ClosedDay | null };

export interface NextOpening {
	/** 0 = later today, 1 = tomorrow, … 7 = the same weekday next week. */
	daysAhead: number;
	weekday: number;
	/** The calendar day "YYYY-MM-DD" in Zittau. */
	date: string;
	opensAt: string;
}

export interface WeekdayRow {
	weekday: number;
	label: string;
	slots: WeeklySlot[];
}

export const TIME_ZONE = 'Europe/Berlin';

const WEEKDAYS = [
	m.directory_weekday_1,
	m.directory_weekday_2,
	m.directory_weekday_3,
	m.directory_weekday_4,
	m.directory_weekday_5,
	m.directory_weekday_6,
	m.directory_weekday_7
];
// "am Montag", "w poniedziałek", "ve středu": the form after "on" differs from the name in some languages.
const ON_WEEKDAYS = [
	m.directory_on_weekday_1,
	m.directory_on_weekday_2,
	m.directory_on_weekday_3,
	m.directory_on_weekday_4,
	m.directory_on_weekday_5,
	m.directory_on_weekday_6,
	m.directory_on_weekday_7
];
const DAY_MINUTES = 24 * 60;
/** A summer break may last weeks; beyond a season nobody plans. */
const LOOK_AHEAD_DAYS = 92;

// Made on first use: a browser loads its locale data with the first Intl.DateTimeFormat (50–150 ms on
// a phone), and the profile page hydrates from the server's text without needing one.
let wallClockFormat: Intl.DateTimeFormat | undefined;
const SHORT_WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Weekday (1–7) and minutes since midnight of a moment, as a clock in Zittau shows them. */
export function wallClockAt(date: Date): { weekday: number; minutes: number } {
	wallClockFormat ??= new Intl.DateTimeFormat('en-GB', {
		timeZone: TIME_ZONE,
		weekday: 'short',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23'
	});
	const parts = wallClockFormat.formatToParts(date);
	const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
	return {
		weekday: SHORT_WEEKDAYS.indexOf(part('weekday')) + 1,
		minutes: Number(part('hour')) * 60 + Number(part('minute'))
	};
}

export function isOpenAt(slots: WeeklySlot[], date: Date, closures: readonly Closure[] = []): boolean {
	return currentSlot(slots, date, closures) !== null;
}

/**
 * The slot that covers the moment, including one that started yesterday and runs past midnight;
 * none on a public holiday or a closure day (the day the slot starts on counts).
 */
export function currentSlot(slots: WeeklySlot[], date: Date, closures: readonly Closure[] = []): WeeklySlot | null {
	const { weekday, minutes } = wallClockAt(date);
	const today = berlinParts(date).date;
	const yesterday = weekday === 1 ? 7 : weekday - 1;
	const openToday = !closedDay(closures, today);
	const openYesterday = !closedDay(closures, addDays(today, -1));
	return (
		slots.find((slot) => {
			const [opens, closes] = span(slot);
			if (slot.weekday === weekday) return openToday && minutes >= opens && minutes < closes;
			return (
				openYesterday && slot.weekday === yesterday && closes > DAY_MINUTES && minutes < closes - DAY_MINUTES
			);
		}) ?? null
	);
}

/** The next time a slot begins after the moment on a day that is not closed, looking a season ahead. */
export function nextOpening(slots: WeeklySlot[], date: Date, closures: readonly Closure[] = []): NextOpening | null {
	if (slots.length === 0) return null;
	const { weekday, minutes } = wallClockAt(date);
	const today = berlinParts(date).date;
	for (let daysAhead = 0; daysAhead <= LOOK_AHEAD_DAYS; daysAhead++) {
		const day = ((weekday - 1 + daysAhead) % 7) + 1;
		const calendarDay = addDays(today, daysAhead);
		const candidates = slots
			.filter((slot) => slot.weekday === day && (daysAhead > 0 || toMinutes(slot.opensAt) > minutes))
			.sort((a, b) => toMinutes(a.opensAt) - toMinutes(b.opensAt));
		if (candidates.length > 0 && !closedDay(closures, calendarDay))
			return { daysAhead, weekday: day, date: calendarDay, opensAt: candidates[0].opensAt };
	}
	return null;
}

/** Open or closed at the moment; null when there are no hours at all, so nothing is claimed. */
export function openStatus(slots: WeeklySlot[], date: Date, closures: readonly Closure[] = []): OpenStatus | null {
	if (slots.length === 0) return null;
	const slot = currentSlot(slots, date, closures);
	if (slot) return { open: true, closesAt: closingAfter(slots, slot) };
	return {
		open: false,
		closedToday: closedDay(closures, berlinParts(date).date),
		next: nextOpening(slots, date, closures)
	};
}

/** When a slot really ends: one that runs until 24:00 continues in a slot from 00:00 the next day. */
function closingAfter(slots: WeeklySlot[], slot: WeeklySlot): string | null {
	let current = slot;
	for (let day = 0; day < 7; day++) {
		if (toMinutes(current.closesAt) !== DAY_MINUTES) return current.closesAt;
		const nextDay = (current.weekday % 7) + 1;
		const next = slots.find((s) => s.weekday === nextDay && toMinutes(s.opensAt) === 0);
		if (!next) return current.closesAt;
		current = next;
	}
	return null;
}

/** "heute um 14:00 Uhr", "morgen um …", "am Montag um …" — the verb ("öffnet") comes from the caller. */
export function formatNextOpening(next: NextOpening): string {
	const time = next.opensAt;
	if (next.daysAhead === 0) return m.directory_hours_today_at({ time });
	if (next.daysAhead === 1) return m.directory_hours_tomorrow_at({ time });
	if (next.daysAhead > 7) return m.directory_hours_on_date_at({ date: formatDay(next.date), time });
	const weekday = formatWeekday(next.weekday);
	const onDay = ON_WEEKDAYS[next.weekday - 1]?.() ?? weekday;
	if (next.daysAhead === 7) return m.directory_hours_next_week_at({ weekday, onDay, time });
	return m.directory_hours_on_day_at({ onDay, time });
}

/** "14.08.2026" in the language of the request. */
export function formatDay(day: string): string {
	const [year, month, date] = day.split('-').map(Number);
	return new Intl.DateTimeFormat(getLocale(), {
		day: '2-digit',
		month: '2-digit',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(Date.UTC(year, month - 1, date)));
}

export function formatWeekday(weekday: number): string {
	return WEEKDAYS[weekday - 1]?.() ?? '';
}

/** "09:00–12:00 Uhr"; a whole day reads "rund um die Uhr". */
export function formatSlot(slot: WeeklySlot): string {
	if (toMinutes(slot.opensAt) === 0 && toMinutes(slot.closesAt) === DAY_MINUTES)
		return m.directory_hours_round_the_clock();
	return m.directory_hours_slot({ opens: slot.opensAt, closes: slot.closesAt });
}

/** Rows for a table from Monday to Sunday; days without slots only when asked for (as "geschlossen"). */
export function rowsByWeekday(slots: WeeklySlot[], includeEmptyDays: boolean): WeekdayRow[] {
	const rows: WeekdayRow[] = [];
	for (let weekday = 1; weekday <= 7; weekday++) {
		const own = slots
			.filter((slot) => slot.weekday === weekday)
			.sort((a, b) => toMinutes(a.opensAt) - toMinutes(b.opensAt));
		if (own.length > 0 || includeEmptyDays) rows.push({ weekday, label: formatWeekday(weekday), slots: own });
	}
	return rows;
}

function span(slot: WeeklySlot): [opens: number, closes: number] {
	const opens = toMinutes(slot.opensAt);
	const closes = toMinutes(slot.closesAt);
	return [opens, closes > opens ? closes : closes + DAY_MINUTES];
}

function toMinutes(time: string): number {
	const match = /^(\d{1,2}):(\d{2})$/.exec(time);
	if (!match) throw new Error(`Invalid time "${time}", expected HH:MM`);
	return Number(match[1]) * 60 + Number(match[2]);
}
