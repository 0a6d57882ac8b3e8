import { describe, expect, it } from 'vitest';
import { freshnessOf, monthsBefore, reminderPeriodStart } from './periods';

const now = new Date('2026-11-25T09:00:00Z');

describe('freshness periods', () => {
	it('go back by calendar months and clamp to the end of a shorter month', () => {
		expect(monthsBefore(now, 6).toISOString()).toBe('2026-05-25T09:00:00.000Z');
		expect(monthsBefore(new Date('2026-08-31T00:00:00Z'), 6).toISOString()).toBe('2026-02-28T00:00:00.000Z');
	});

	it('leave an entry confirmed less than six months ago alone', () => {
		expect(freshnessOf(new Date('2026-05-26T00:00:00Z'), now)).toBe('current');
	});

	it('remind from six months on and flag from twelve months on', () => {
		expect(freshnessOf(new Date('2026-05-25T00:00:00Z'), now)).toBe('reminder');
		expect(freshnessOf(new Date('2025-11-26T00:00:00Z'), now)).toBe('reminder');
		expect(freshnessOf(new Date('2025-11-25T00:00:00Z'), now)).toBe('flagged');
	});
});

describe('reminder periods', () => {
	it('start six, twelve, eighteen months after the confirmation', () => {
		const confirmed = new Date('2025-01-10T00:00:00Z');
		expect(reminderPeriodStart(confirmed, new Date('2025-07-09T00:00:00Z'))).toBeNull();
		expect(reminderPeriodStart(confirmed, new Date('2025-07-10T00:00:00Z'))?.toISOString()).toBe(
			'2025-07-10T00:00:00.000Z'
		);
		expect(reminderPeriodStart(confirmed, new Date('2026-03-01T00:00:00Z'))?.toISOString()).toBe(
			'2026-01-10T00:00:00.000Z'
		);
		expect(reminderPeriodStart(confirmed, now)?.toISOString()).toBe('2026-07-10T00:00:00.000Z');
	});
});
