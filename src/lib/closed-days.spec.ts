import { describe, expect, it } from 'vitest';
import { addDays, closedDay, formatClosedDay, saxonHoliday } from './closed-days';

describe('public holidays of Saxony', () => {
	it('knows the Easter-based holidays of 2026 and 2027', () => {
		expect(saxonHoliday('2026-04-03')).toBe('KARFREITAG');
		expect(saxonHoliday('2026-04-06')).toBe('OSTERMONTAG');
		expect(saxonHoliday('2026-05-14')).toBe('CHRISTIHIMMELFAHRT');
		expect(saxonHoliday('2026-05-25')).toBe('PFINGSTMONTAG');
		expect(saxonHoliday('2027-03-26')).toBe('KARFREITAG');
		expect(saxonHoliday('2027-03-29')).toBe('OSTERMONTAG');
		expect(saxonHoliday('2027-05-06')).toBe('CHRISTIHIMMELFAHRT');
		expect(saxonHoliday('2027-05-17')).toBe('PFINGSTMONTAG');
	});

	it('puts Buß- und Bettag on the Wednesday before 23 November', () => {
		expect(saxonHoliday('2026-11-18')).toBe('BUBETAG');
		expect(saxonHoliday('2027-11-17')).toBe('BUBETAG');
		expect(saxonHoliday('2026-11-25')).toBeNull();
	});

	it('keeps the fixed holidays, Reformationstag included, and not those of other states', () => {
		for (const day of ['2026-01-01', '2026-05-01', '2026-10-03', '2026-10-31', '2026-12-25', '2027-12-26'])
			expect(saxonHoliday(day)).not.toBeNull();
		expect(saxonHoliday('2026-01-06')).toBeNull(); // Heilige Drei Könige: Bavaria, not Saxony
		expect(saxonHoliday('2026-06-04')).toBeNull(); // Fronleichnam: not in Zittau
	});
});

describe('closed days', () => {
	const closures = [{ startsOn: '2026-07-20', endsOn: '2026-07-31', reason: 'Sommerpause' }];

	it("names the holiday and the partner's reason, first and last day included", () => {
		expect(formatClosedDay(closedDay(closures, '2026-10-31')!)).toBe('Feiertag (Reformationstag)');
		expect(closedDay(closures, '2026-07-20')).toEqual({ kind: 'closure', reason: 'Sommerpause' });
		expect(closedDay(closures, '2026-07-31')).toEqual({ kind: 'closure', reason: 'Sommerpause' });
		expect(closedDay(closures, '2026-08-01')).toBeNull();
	});

	it('counts calendar days across months and years', () => {
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
		expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
	});
});
