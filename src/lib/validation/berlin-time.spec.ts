import { describe, expect, it } from 'vitest';
import { berlinParts, berlinToUtc, parseBerlinDateTime, toBerlinInputValue } from './berlin-time';

describe('Berlin local time', () => {
	it('reads a winter evening as UTC+1 and a summer one as UTC+2', () => {
		expect(berlinToUtc('2026-12-08', '18:30')?.toISOString()).toBe('2026-12-08T17:30:00.000Z');
		expect(berlinToUtc('2027-07-01', '09:00')?.toISOString()).toBe('2027-07-01T07:00:00.000Z');
	});

	it('is right just before and after both clock changes of 2027', () => {
		expect(berlinToUtc('2027-03-28', '01:59')?.toISOString()).toBe('2027-03-28T00:59:00.000Z');
		expect(berlinToUtc('2027-03-28', '03:00')?.toISOString()).toBe('2027-03-28T01:00:00.000Z');
		expect(berlinToUtc('2027-10-31', '01:59')?.toISOString()).toBe('2027-10-30T23:59:00.000Z');
		expect(berlinToUtc('2027-10-31', '03:00')?.toISOString()).toBe('2027-10-31T02:00:00.000Z');
	});

	it('gives the hour that October repeats one of its two meanings, and shows it back the same', () => {
		const instant = berlinToUtc('2027-10-31', '02:30');
		expect(['2027-10-31T00:30:00.000Z', '2027-10-31T01:30:00.000Z']).toContain(instant?.toISOString());
		expect(berlinParts(instant!)).toEqual({ date: '2027-10-31', time: '02:30' });
	});

	it('refuses a time that the spring clock change skips and a day or time that does not exist', () => {
		expect(berlinToUtc('2027-03-28', '02:30')).toBeNull();
		expect(berlinToUtc('2027-02-30', '10:00')).toBeNull();
		expect(berlinToUtc('2027-02-03', '25:00')).toBeNull();
		expect(berlinToUtc('2027-13-03', '10:00')).toBeNull();
	});

	it('reads what a datetime-local field sends and what people type by hand', () => {
		expect(parseBerlinDateTime('2026-12-10T18:00')?.toISOString()).toBe('2026-12-10T17:00:00.000Z');
		expect(parseBerlinDateTime('10.12.2026 18:00 Uhr')?.toISOString()).toBe('2026-12-10T17:00:00.000Z');
		expect(parseBerlinDateTime('1.7.2027, 9:05')?.toISOString()).toBe('2027-07-01T07:05:00.000Z');
		expect(parseBerlinDateTime('morgen')).toBeNull();
	});

	it('gives back the day and time a form shows', () => {
		expect(berlinParts(new Date('2026-12-08T17:30:00Z'))).toEqual({ date: '2026-12-08', time: '18:30' });
		expect(toBerlinInputValue(new Date('2027-07-01T07:05:00Z'))).toBe('2027-07-01T09:05');
	});
});
