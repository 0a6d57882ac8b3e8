import { describe, expect, it } from 'vitest';
import {
	formatNextOpening,
	formatSlot,
	isOpenAt,
	nextOpening,
	openStatus,
	rowsByWeekday,
	wallClockAt,
	type WeeklySlot
} from './opening-hours';
import type { Closure } from './closed-days';
import { getLocale, overwriteGetLocale, type Locale } from '$lib/paraglide/runtime';

const weekdayMornings: WeeklySlot[] = [1, 2, 3, 4, 5].map((weekday) => ({
	weekday,
	opensAt: '09:00',
	closesAt: '12:00'
}));

describe('opening hours on the clock of Zittau', () => {
	it('reads the wall clock in Europe/Berlin, not in UTC', () => {
		// Wednesday 2026-01-14 08:30 UTC is 09:30 in winter time (UTC+1).
		expect(wallClockAt(new Date('2026-01-14T08:30:00Z'))).toEqual({ weekday: 3, minutes: 9 * 60 + 30 });
		// Wednesday 2026-07-15 08:30 UTC is 10:30 in summer time (UTC+2).
		expect(wallClockAt(new Date('2026-07-15T08:30:00Z'))).toEqual({ weekday: 3, minutes: 10 * 60 + 30 });
	});

	it('is open inside a slot and closed at the closing minute', () => {
		expect(isOpenAt(weekdayMornings, new Date('2026-01-14T08:00:00Z'))).toBe(true); // 09:00
		expect(isOpenAt(weekdayMornings, new Date('2026-01-14T10:59:00Z'))).toBe(true); // 11:59
		expect(isOpenAt(weekdayMornings, new Date('2026-01-14T11:00:00Z'))).toBe(false); // 12:00
		expect(isOpenAt(weekdayMornings, new Date('2026-01-17T09:00:00Z'))).toBe(false); // Saturday
	});

	it('follows the switch to summer time on the last Sunday of March', () => {
		const sundayMorning: WeeklySlot[] = [{ weekday: 7, opensAt: '09:00', closesAt: '10:00' }];
		// 2026-03-29: clocks jump from 02:00 to 03:00. 07:30 UTC is 09:30 CEST (open) …
		expect(isOpenAt(sundayMorning, new Date('2026-03-29T07:30:00Z'))).toBe(true);
		// … while the same UTC time a week earlier was 08:30 CET (closed).
		expect(isOpenAt(sundayMorning, new Date('2026-03-22T07:30:00Z'))).toBe(false);
		// 00:59 UTC is 01:59 CET, one minute later it is 03:00 CEST.
		expect(wallClockAt(new Date('2026-03-29T00:59:00Z')).minutes).toBe(1 * 60 + 59);
		expect(wallClockAt(new Date('2026-03-29T01:00:00Z')).minutes).toBe(3 * 60);
	});

	it('counts the repeated hour at the end of summer time as local time both times', () => {
		const earlyHotline: WeeklySlot[] = [{ weekday: 7, opensAt: '02:00', closesAt: '03:00' }];
		// 2026-10-25: 02:30 happens twice, at 00:30 UTC (CEST) and at 01:30 UTC (CET).
		expect(isOpenAt(earlyHotline, new Date('2026-10-25T00:30:00Z'))).toBe(true);
		expect(isOpenAt(earlyHotline, new Date('2026-10-25T01:30:00Z'))).toBe(true);
		expect(isOpenAt(earlyHotline, new Date('2026-10-25T02:30:00Z'))).toBe(false); // 03:30 CET
	});

	it('keeps a slot that runs past midnight open into the next day, Sunday into Monday too', () => {
		const lateLine: WeeklySlot[] = [{ weekday: 7, opensAt: '20:00', closesAt: '02:00' }];
		expect(isOpenAt(lateLine, new Date('2026-01-18T22:30:00Z'))).toBe(true); // Sunday 23:30
		expect(isOpenAt(lateLine, new Date('2026-01-18T23:30:00Z'))).toBe(true); // Monday 00:30
		expect(isOpenAt(lateLine, new Date('2026-01-19T01:00:00Z'))).toBe(false); // Monday 02:00
		expect(isOpenAt(lateLine, new Date('2026-01-17T23:30:00Z'))).toBe(false); // Sunday 00:30
	});

	it('treats "24:00" as the end of the day and midnight as the start of the next', () => {
		const allDay: WeeklySlot[] = [{ weekday: 1, opensAt: '00:00', closesAt: '24:00' }];
		expect(isOpenAt(allDay, new Date('2026-01-11T23:00:00Z'))).toBe(true); // Monday 00:00
		expect(isOpenAt(allDay, new Date('2026-01-12T22:59:00Z'))).toBe(true); // Monday 23:59
		expect(isOpenAt(allDay, new Date('2026-01-12T23:00:00Z'))).toBe(false); // Tuesday 00:00
	});

	it('finds the next opening later today, tomorrow, after the weekend, or next week', () => {
		const afternoon: WeeklySlot[] = [...weekdayMornings, { weekday: 3, opensAt: '14:00', closesAt: '16:00' }];
		expect(nextOpening(afternoon, new Date('2026-01-14T11:30:00Z'))).toEqual({
			daysAhead: 0,
			weekday: 3,
			date: '2026-01-14',
			opensAt: '14:00'
		});
		expect(nextOpening(weekdayMornings, new Date('2026-01-14T12:00:00Z'))?.daysAhead).toBe(1);
		expect(nextOpening(weekdayMornings, new Date('2026-01-16T12:00:00Z'))).toEqual({
			daysAhead: 3,
			weekday: 1,
			date: '2026-01-19',
			opensAt: '09:00'
		});
		const mondayOnly: WeeklySlot[] = [{ weekday: 1, opensAt: '09:00', closesAt: '12:00' }];
		expect(nextOpening(mondayOnly, new Date('2026-01-12T12:00:00Z'))?.daysAhead).toBe(7);
	});

	it('says open until the closing time, or closed and when it opens next', () => {
		expect(openStatus(weekdayMornings, new Date('2026-01-14T08:30:00Z'))).toEqual({
			open: true,
			closesAt: '12:00'
		});
		const closed = openStatus(weekdayMornings, new Date('2026-01-16T12:00:00Z'));
		expect(closed).toEqual({
			open: false,
			closedToday: null,
			next: { daysAhead: 3, weekday: 1, date: '2026-01-19', opensAt: '09:00' }
		});
		expect(formatNextOpening({ daysAhead: 3, weekday: 1, date: '2026-01-19', opensAt: '09:00' })).toBe(
			'am Montag um 09:00 Uhr'
		);
		expect(formatNextOpening({ daysAhead: 1, weekday: 4, date: '2026-01-15', opensAt: '09:00' })).toBe(
			'morgen um 09:00 Uhr'
		);
	});

	it('says open round the clock for a station that is always staffed, and follows days joined at midnight', () => {
		const always: WeeklySlot[] = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
			weekday,
			opensAt: '00:00',
			closesAt: '24:00'
		}));
		expect(openStatus(always, new Date('2026-01-14T08:30:00Z'))).toEqual({ open: true, closesAt: null });
		expect(formatSlot(always[0])).toBe('rund um die Uhr');
		const weekend: WeeklySlot[] = [
			{ weekday: 6, opensAt: '08:00', closesAt: '24:00' },
			{ weekday: 7, opensAt: '00:00', closesAt: '18:00' }
		];
		expect(openStatus(weekend, new Date('2026-01-17T20:00:00Z'))).toEqual({ open: true, closesAt: '18:00' });
	});

	it('claims no status at all when a partner has no hours', () => {
		expect(openStatus([], new Date('2026-01-14T08:30:00Z'))).toBeNull();
	});

	it('lists the week from Monday, with or without the closed days', () => {
		const rows = rowsByWeekday([{ weekday: 3, opensAt: '14:00', closesAt: '16:00' }, ...weekdayMornings], true);
		expect(rows.map((r) => r.label)).toEqual([
			'Montag',
			'Dienstag',
			'Mittwoch',
			'Donnerstag',
			'Freitag',
			'Samstag',
			'Sonntag'
		]);
		expect(rows[2].slots.map((s) => s.opensAt)).toEqual(['09:00', '14:00']);
		expect(rows[6].slots).toEqual([]);
		expect(rowsByWeekday(weekdayMornings, false)).toHaveLength(5);
	});
});

describe('opening hours on public holidays and closure days', () => {
	const summerBreak: Closure[] = [{ startsOn: '2026-07-20', endsOn: '2026-07-31', reason: 'Sommerpause' }];

	it('is closed on Good Friday 2026 and says why, then opens after Easter Monday', () => {
		// Friday 2026-04-03 10:00 in Zittau (CEST): a weekday morning, but Karfreitag.
		const status = openStatus(weekdayMornings, new Date('2026-04-03T08:00:00Z'));
		expect(status).toEqual({
			open: false,
			closedToday: { kind: 'holiday', name: 'Karfreitag' },
			next: { daysAhead: 4, weekday: 2, date: '2026-04-07', opensAt: '09:00' }
		});
	});

	it('is closed on Buß- und Bettag, the Wednesday before 23 November', () => {
		expect(isOpenAt(weekdayMornings, new Date('2026-11-18T09:00:00Z'))).toBe(false);
		expect(isOpenAt(weekdayMornings, new Date('2026-11-25T09:00:00Z'))).toBe(true);
		expect(isOpenAt(weekdayMornings, new Date('2027-11-17T09:00:00Z'))).toBe(false);
	});

	it('is closed during a closure and names the next opening by its date when it is weeks away', () => {
		const status = openStatus(weekdayMornings, new Date('2026-07-21T08:00:00Z'), summerBreak);
		expect(status).toEqual({
			open: false,
			closedToday: { kind: 'closure', reason: 'Sommerpause' },
			next: { daysAhead: 13, weekday: 1, date: '2026-08-03', opensAt: '09:00' }
		});
		expect(status && !status.open && status.next && formatNextOpening(status.next)).toBe(
			'am 03.08.2026 um 09:00 Uhr'
		);
		expect(isOpenAt(weekdayMornings, new Date('2026-08-03T08:00:00Z'), summerBreak)).toBe(true);
	});

	it('ends a night slot that began on a closure day', () => {
		const night: WeeklySlot[] = [{ weekday: 5, opensAt: '20:00', closesAt: '02:00' }];
		const friday: Closure[] = [{ startsOn: '2026-01-16', endsOn: '2026-01-16', reason: 'Fortbildung' }];
		// Saturday 2026-01-17 01:00 in Zittau belongs to Friday's slot.
		expect(isOpenAt(night, new Date('2026-01-17T00:00:00Z'))).toBe(true);
		expect(isOpenAt(night, new Date('2026-01-17T00:00:00Z'), friday)).toBe(false);
	});
});

describe('opening hours in the language of the page', () => {
	function inLocale(locale: Locale, run: () => void) {
		const original = getLocale;
		overwriteGetLocale(() => locale);
		try {
			run();
		} finally {
			overwriteGetLocale(original);
		}
	}

	it('names the day after "on" in the form each language needs', () => {
		const wednesday = { daysAhead: 2, weekday: 3, date: '2026-01-14', opensAt: '09:00' };
		inLocale('en', () => expect(formatNextOpening(wednesday)).toBe('on Wednesday at 09:00'));
		inLocale('pl', () => expect(formatNextOpening(wednesday)).toBe('w środę o 09:00'));
		inLocale('cs', () => expect(formatNextOpening(wednesday)).toBe('ve středu v 09:00'));
		inLocale('pl', () => expect(rowsByWeekday(weekdayMornings, false)[2].label).toBe('Środa'));
	});

	it('writes times without "Uhr" outside German', () => {
		inLocale('en', () => expect(formatSlot(weekdayMornings[0])).toBe('09:00–12:00'));
		inLocale('cs', () =>
			expect(formatSlot({ weekday: 1, opensAt: '00:00', closesAt: '24:00' })).toBe('nepřetržitě')
		);
	});
});
