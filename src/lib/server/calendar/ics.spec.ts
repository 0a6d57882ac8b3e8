import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar } from './ics';

describe('buildCalendar', () => {
	const start = new Date('2026-12-10T17:00:00Z');
	const text = buildCalendar({
		name: 'KPR Zittau – Veranstaltungen',
		events: [
			{
				uid: 'event-1@kpr-portal',
				start,
				end: new Date('2026-12-10T19:00:00Z'),
				summary: 'Info-Abend: Enkeltrick, Schockanruf; was tun?',
				description: 'Zeile eins\nZeile zwei mit Umlauten äöüß, '.repeat(4),
				location: 'Rathaus Zittau, Markt 1',
				url: 'https://kpr.example/aktuelles/info-abend',
				updatedAt: new Date('2026-12-01T08:00:00Z')
			}
		]
	});

	it('parses with a real iCalendar parser and keeps every field', () => {
		const calendar = new ICAL.Component(ICAL.parse(text));
		const [event] = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
		expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('KPR Zittau – Veranstaltungen');
		expect(event.summary).toBe('Info-Abend: Enkeltrick, Schockanruf; was tun?');
		expect(event.location).toBe('Rathaus Zittau, Markt 1');
		expect(event.description).toContain('Zeile zwei mit Umlauten äöüß');
		expect(event.startDate.toJSDate().toISOString()).toBe(start.toISOString());
		expect(event.uid).toBe('event-1@kpr-portal');
	});

	it('writes CRLF lines of at most 75 octets', () => {
		const lines = text.split('\r\n');
		expect(lines.every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
		expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
	});
});
