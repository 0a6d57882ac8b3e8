import { describe, expect, it } from 'vitest';
import { parseNewsForm } from './news-form';
import { formData as form } from '../../../../tests/helpers/form-data';

const EVENT = {
	kind: 'event',
	title: 'Info-Abend Enkeltrick',
	teaser: 'Wie Betrüger am Telefon vorgehen und wie Sie sich schützen.',
	body: 'Ein Präventionsberater berichtet.',
	startsAt: '2026-12-10T18:00',
	endsAt: '2026-12-10T19:30',
	placeName: 'Rathaus Zittau, Bürgersaal',
	placeAddress: 'Markt 1, 02763 Zittau',
	wheelchairAccessible: 'yes'
};

describe('the news form', () => {
	it('reads an event entered in Zittau time and stores it in UTC', () => {
		const parsed = parseNewsForm(form(EVENT));
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.input.event?.startsAt.toISOString()).toBe('2026-12-10T17:00:00.000Z');
		expect(parsed.input.event?.endsAt.toISOString()).toBe('2026-12-10T18:30:00.000Z');
		expect(parsed.input.event?.wheelchairAccessible).toBe('yes');
		expect(parsed.input.event?.registrationInfo).toBeNull();
	});

	it('takes summer time into account', () => {
		const parsed = parseNewsForm(form({ ...EVENT, startsAt: '2026-07-01T10:00', endsAt: '2026-07-01T12:00' }));
		expect(parsed.ok && parsed.input.event?.startsAt.toISOString()).toBe('2026-07-01T08:00:00.000Z');
	});

	it('accepts a German date typed by hand and gives it back in the date field format', () => {
		const parsed = parseNewsForm(form({ ...EVENT, startsAt: '10.12.2026 18:00', endsAt: '10.12.2026 19:30 Uhr' }));
		expect(parsed.ok).toBe(true);
		expect(parsed.values.startsAt).toBe('2026-12-10T18:00');
	});

	it('refuses an end before the start and keeps every entry', () => {
		const parsed = parseNewsForm(form({ ...EVENT, endsAt: '2026-12-10T17:00' }));
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.errors).toEqual({ endsAt: 'Das Ende muss nach dem Beginn liegen.' });
		expect(parsed.values).toMatchObject({
			title: EVENT.title,
			endsAt: '2026-12-10T17:00',
			placeName: EVENT.placeName
		});
	});

	it('says how to write a date that cannot be read, and asks for missing fields', () => {
		const parsed = parseNewsForm(
			form({ ...EVENT, startsAt: '31.02.2026 18:00', endsAt: '', placeName: '', title: 'Kurz' })
		);
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.errors.startsAt).toContain('zum Beispiel 10.12.2026 18:00');
		expect(parsed.errors.endsAt).toContain('wann die Veranstaltung endet');
		expect(parsed.errors.placeName).toContain('Bitte geben Sie den Ort an');
		expect(parsed.errors.title).toContain('mindestens 5 Zeichen');
		expect(parsed.values.startsAt).toBe('31.02.2026 18:00');
	});

	it('needs no event fields for a press release and drops any that were sent', () => {
		const parsed = parseNewsForm(form({ ...EVENT, kind: 'press_release', startsAt: 'kein Datum', placeName: '' }));
		expect(parsed.ok).toBe(true);
		expect(parsed.ok && parsed.input).toMatchObject({ kind: 'press_release', event: null });
	});

	it('makes a partner submission an event whatever kind is posted', () => {
		const parsed = parseNewsForm(form({ ...EVENT, kind: 'press_release', startsAt: '' }), { kind: 'event' });
		expect(parsed.ok).toBe(false);
		expect(parsed.values.kind).toBe('event');
		expect(!parsed.ok && parsed.errors.startsAt).toContain('wann die Veranstaltung beginnt');
	});

	it('asks the coordination to choose the kind', () => {
		const parsed = parseNewsForm(form({ ...EVENT, kind: '' }));
		expect(!parsed.ok && parsed.errors.kind).toContain('Pressemitteilung oder eine Veranstaltung');
	});

	it('treats an unknown wheelchair answer as unknown', () => {
		const parsed = parseNewsForm(form({ ...EVENT, wheelchairAccessible: 'vielleicht' }));
		expect(parsed.ok && parsed.input.event?.wheelchairAccessible).toBe('unknown');
	});
});
