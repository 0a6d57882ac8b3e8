import { describe, expect, it } from 'vitest';
import { berlinParts, berlinToUtc } from './berlin-time';

describe('Berlin meeting times', () => {
	it('reads a winter evening as UTC+1 and a summer one as UTC+2', () => {
		expect(berlinToUtc('2026-12-08', '18:30')?.toISOString()).toBe('2026-12-08T17:30:00.000Z');
		expect(berlinToUtc('2027-07-01', '09:00')?.toISOString()).toBe('2027-07-01T07:00:00.000Z');
	});

	it('refuses a time that the spring clock change skips and a day that does not exist', () => {
		expect(berlinToUtc('2027-03-28', '02:30')).toBeNull();
		expect(berlinToUtc('2027-02-30', '10:00')).toBeNull();
		expect(berlinToUtc('2027-02-03', '25:00')).toBeNull();
	});

	it('gives back the day and time a form shows', () => {
		expect(berlinParts(new Date('2026-12-08T17:30:00Z'))).toEqual({ date: '2026-12-08', time: '18:30' });
	});
});
