import { describe, expect, it } from 'vitest';
import { formatMeetingTime } from './meeting-time';

describe('meeting times', () => {
	it('shows a meeting in Berlin time with weekday, date and both clock times', () => {
		expect(formatMeetingTime('2026-12-08T17:00:00Z', '2026-12-08T18:30:00Z')).toBe(
			'Dienstag, 8. Dezember 2026, 18:00–19:30 Uhr'
		);
	});
});
