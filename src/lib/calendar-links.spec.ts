import { describe, expect, it } from 'vitest';
import { webcalUrl } from './calendar-links';

describe('subscribe links', () => {
	it('turns an http(s) feed address into a webcal:// one', () => {
		expect(webcalUrl('https://kpr.zittau.de/kalender/abc.ics')).toBe('webcal://kpr.zittau.de/kalender/abc.ics');
		expect(webcalUrl('http://localhost:4370/aktuelles/veranstaltungen.ics')).toBe(
			'webcal://localhost:4370/aktuelles/veranstaltungen.ics'
		);
	});
});
