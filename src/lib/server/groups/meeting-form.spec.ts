import { describe, expect, it } from 'vitest';
import { parseMeetingForm } from './meeting-form';
import { formData as form } from '../../../../tests/helpers/form-data';

const valid = {
	title: 'Begehung Klosterplatz',
	date: '2026-12-08',
	startTime: '18:00',
	endTime: '19:30',
	location: 'Rathaus',
	videoUrl: '',
	agenda: ''
};

describe('the meeting form', () => {
	it('turns Berlin date and times into UTC instants', () => {
		const result = parseMeetingForm(form(valid));
		expect(result.ok && [result.fields.startsAt.toISOString(), result.fields.endsAt.toISOString()]).toEqual([
			'2026-12-08T17:00:00.000Z',
			'2026-12-08T18:30:00.000Z'
		]);
	});

	it('asks for an end after the start, an https video link, and a place or a video link', () => {
		const result = parseMeetingForm(
			form({ ...valid, endTime: '17:00', location: '', videoUrl: 'http://meet.example.org' })
		);
		expect(result.ok ? {} : result.errors).toMatchObject({
			endTime: 'Das Ende muss nach dem Beginn liegen.',
			videoUrl: expect.stringContaining('https://')
		});
		const nowhere = parseMeetingForm(form({ ...valid, location: '' }));
		expect(nowhere.ok ? {} : nowhere.errors).toEqual({
			location: 'Bitte geben Sie einen Ort oder einen Videolink an.'
		});
	});

	it('refuses a missing date without failing', () => {
		const result = parseMeetingForm(form({ ...valid, date: '' }));
		expect(result.ok ? {} : Object.keys(result.errors)).toEqual(['date']);
	});
});
