import { formText } from '../forms';
import { berlinToUtc } from '$lib/validation/berlin-time';
import { isWebAddress } from '$lib/validation/url';
import { tooLongMessage } from '$lib/validation/length';
import type { MeetingValues } from '$lib/forms/meetings';
export type { MeetingValues } from '$lib/forms/meetings';

// The form for creating and editing a meeting; times are typed in Berlin time.

export interface MeetingFields {
	title: string;
	startsAt: Date;
	endsAt: Date;
	location: string | null;
	videoUrl: string | null;
	agenda: string;
}

export type MeetingErrors = Partial<Record<keyof MeetingValues, string>>;

export type MeetingParse =
	| { ok: true; values: MeetingValues; fields: MeetingFields }
	| { ok: false; values: MeetingValues; errors: MeetingErrors };

export function readMeetingForm(form: FormData): MeetingValues {
	const text = (name: string) => formText(form, name).trim();
	return {
		title: text('title'),
		date: text('date'),
		startTime: text('startTime'),
		endTime: text('endTime'),
		location: text('location'),
		videoUrl: text('videoUrl'),
		agenda: text('agenda')
	};
}

export function parseMeetingForm(form: FormData): MeetingParse {
	const values = readMeetingForm(form);
	const errors: MeetingErrors = {};
	if (values.title.length < 3) errors.title = 'Bitte geben Sie dem Termin einen Titel mit mindestens 3 Zeichen.';
	else if (values.title.length > 150) errors.title = tooLongMessage('Der Titel', 150, values.title.length);
	const startsAt = berlinToUtc(values.date, values.startTime);
	const endsAt = berlinToUtc(values.date, values.endTime);
	if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date) || !berlinToUtc(values.date, '12:00')) {
		errors.date = 'Bitte geben Sie das Datum als TT.MM.JJJJ an, zum Beispiel 08.12.2026.';
	} else if (!startsAt) errors.startTime = 'Bitte geben Sie den Beginn als Uhrzeit an, zum Beispiel 18:00.';
	if (!errors.date && !endsAt) errors.endTime = 'Bitte geben Sie das Ende als Uhrzeit an, zum Beispiel 19:30.';
	else if (startsAt && endsAt && endsAt <= startsAt) errors.endTime = 'Das Ende muss nach dem Beginn liegen.';
	if (values.location.length > 200) errors.location = tooLongMessage('Der Ort', 200, values.location.length);
	if (values.videoUrl !== '' && !isWebAddress(values.videoUrl, { httpsOnly: true })) {
		errors.videoUrl = 'Bitte geben Sie den Videolink mit https:// an, zum Beispiel https://meet.example.org/ag.';
	}
	if (values.location === '' && values.videoUrl === '')
		errors.location = 'Bitte geben Sie einen Ort oder einen Videolink an.';
	if (values.agenda.length > 10_000) errors.agenda = tooLongMessage('Die Tagesordnung', 10_000, values.agenda.length);
	if (Object.keys(errors).length > 0 || !startsAt || !endsAt) return { ok: false, values, errors };
	return {
		ok: true,
		values,
		fields: {
			title: values.title,
			startsAt,
			endsAt,
			location: values.location || null,
			videoUrl: values.videoUrl || null,
			agenda: values.agenda
		}
	};
}
