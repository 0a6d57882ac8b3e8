import { describe, expect, it } from 'vitest';
import { parseHours } from './schedule';

describe('parseHours', () => {
	it('expands a weekday range into one entry per day', () => {
		expect(parseHours('opening', 'Mo-Mi 08:00-16:00')).toEqual([
			{ kind: 'opening', weekday: 1, opensAt: '08:00', closesAt: '16:00', note: null },
			{ kind: 'opening', weekday: 2, opensAt: '08:00', closesAt: '16:00', note: null },
			{ kind: 'opening', weekday: 3, opensAt: '08:00', closesAt: '16:00', note: null }
		]);
	});

	it('reads split days, several segments and notes', () => {
		const hours = parseHours(
			'consultation',
			'Di,Do 09:00-12:00,13:00-15:00; Sa 10:00-11:00 | nur nach Vereinbarung'
		);
		expect(hours.map((h) => [h.weekday, h.opensAt, h.closesAt, h.note])).toEqual([
			[2, '09:00', '12:00', null],
			[2, '13:00', '15:00', null],
			[4, '09:00', '12:00', null],
			[4, '13:00', '15:00', null],
			[6, '10:00', '11:00', 'nur nach Vereinbarung']
		]);
	});

	it('allows a day that ends at midnight', () => {
		expect(parseHours('opening', 'So 00:00-24:00')[0]).toMatchObject({ weekday: 7, closesAt: '24:00' });
	});

	it('rejects unknown weekdays and times that end before they start', () => {
		expect(() => parseHours('opening', 'Mon 08:00-16:00')).toThrow('Unknown weekday "Mon"');
		expect(() => parseHours('opening', 'Mo 16:00-08:00')).toThrow('must read like');
	});
});
