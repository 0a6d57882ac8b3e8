import type { NewsKind, WheelchairAccess } from '../db/tables/news';
import { formText } from '../forms';
import { parseBerlinDateTime, toBerlinInputValue } from '$lib/validation/berlin-time';
import { tooLongMessage } from '$lib/validation/length';
import type { NewsFormValues, NewsFormErrors } from '$lib/forms/news';
export type { NewsFormValues, NewsFormErrors } from '$lib/forms/news';

// The form for a press release or an event, used by the coordination and by partners (events only).

export interface EventDetails {
	startsAt: Date;
	endsAt: Date;
	placeName: string;
	placeAddress: string;
	registrationInfo: string | null;
	wheelchairAccessible: WheelchairAccess;
	accessibilityNote: string | null;
	cancelled: boolean;
}

/** What the service stores: an event carries its details, a press release none. */
export interface NewsInput {
	kind: NewsKind;
	title: string;
	teaser: string;
	body: string;
	event: EventDetails | null;
}

export type NewsFormParse =
	| { ok: true; values: NewsFormValues; input: NewsInput }
	| { ok: false; values: NewsFormValues; errors: NewsFormErrors };

const ACCESS: readonly WheelchairAccess[] = ['yes', 'no', 'unknown'];
const DATE_HINT = 'zum Beispiel 10.12.2026 18:00';

/** Reads and checks the form; `kind` fixes the kind (partners submit events only), else it is read from the form. */
export function parseNewsForm(form: FormData, { kind }: { kind?: NewsKind } = {}): NewsFormParse {
	const text = (name: string) => formText(form, name).trim();
	const access = text('wheelchairAccessible') as WheelchairAccess;
	const values: NewsFormValues = {
		kind: kind ?? (text('kind') === 'event' ? 'event' : 'press_release'),
		title: text('title'),
		teaser: text('teaser'),
		body: formText(form, 'body').replace(/\r\n/g, '\n').trim(),
		startsAt: text('startsAt'),
		endsAt: text('endsAt'),
		placeName: text('placeName'),
		placeAddress: text('placeAddress'),
		registrationInfo: text('registrationInfo'),
		wheelchairAccessible: ACCESS.includes(access) ? access : 'unknown',
		accessibilityNote: text('accessibilityNote'),
		cancelled: formText(form, 'cancelled') === 'on'
	};
	const errors: NewsFormErrors = {};
	if (!kind && !['press_release', 'event'].includes(text('kind'))) {
		errors.kind = 'Bitte wählen Sie, ob es eine Pressemitteilung oder eine Veranstaltung ist.';
	}
	checkLength(errors, 'title', values.title, 5, 150, 'Bitte geben Sie einen Titel mit mindestens 5 Zeichen an.');
	checkLength(
		errors,
		'teaser',
		values.teaser,
		20,
		300,
		'Bitte fassen Sie den Inhalt in mindestens 20 Zeichen zusammen (Anreißer).'
	);
	if (values.body.length > 20_000) errors.body = tooLongMessage('Der Text', 20_000, values.body.length);
	const event = values.kind === 'event' ? checkEvent(values, errors) : null;
	if (Object.keys(errors).length > 0) return { ok: false, values, errors };
	const input: NewsInput = {
		kind: values.kind,
		title: values.title,
		teaser: values.teaser,
		body: values.body,
		event
	};
	return { ok: true, values, input };
}

function checkEvent(values: NewsFormValues, errors: NewsFormErrors): EventDetails | null {
	const startsAt = parseBerlinDateTime(values.startsAt);
	const endsAt = parseBerlinDateTime(values.endsAt);
	// A time typed as "10.12.2026 18:00" goes back in the form the date field can show.
	if (startsAt) values.startsAt = toBerlinInputValue(startsAt);
	if (endsAt) values.endsAt = toBerlinInputValue(endsAt);
	if (values.startsAt === '') errors.startsAt = `Bitte geben Sie an, wann die Veranstaltung beginnt, ${DATE_HINT}.`;
	else if (!startsAt) errors.startsAt = `Bitte geben Sie Beginn als Datum und Uhrzeit an, ${DATE_HINT}.`;
	if (values.endsAt === '') errors.endsAt = `Bitte geben Sie an, wann die Veranstaltung endet, ${DATE_HINT}.`;
	else if (!endsAt) errors.endsAt = `Bitte geben Sie das Ende als Datum und Uhrzeit an, ${DATE_HINT}.`;
	else if (startsAt && endsAt <= startsAt) errors.endsAt = 'Das Ende muss nach dem Beginn liegen.';
	checkLength(
		errors,
		'placeName',
		values.placeName,
		3,
		150,
		'Bitte geben Sie den Ort an, zum Beispiel „Rathaus Zittau, Bürgersaal“.'
	);
	checkLength(
		errors,
		'placeAddress',
		values.placeAddress,
		5,
		200,
		'Bitte geben Sie die Adresse an, zum Beispiel „Markt 1, 02763 Zittau“.'
	);
	if (values.registrationInfo.length > 1000)
		errors.registrationInfo = 'Die Angaben zur Anmeldung dürfen höchstens 1000 Zeichen lang sein.';
	if (values.accessibilityNote.length > 1000)
		errors.accessibilityNote = 'Die Angaben zur Barrierefreiheit dürfen höchstens 1000 Zeichen lang sein.';
	if (!startsAt || !endsAt || endsAt <= startsAt) return null;
	return {
		startsAt,
		endsAt,
		placeName: values.placeName,
		placeAddress: values.placeAddress,
		registrationInfo: values.registrationInfo || null,
		wheelchairAccessible: values.wheelchairAccessible,
		accessibilityNote: values.accessibilityNote || null,
		cancelled: values.cancelled
	};
}

function checkLength(
	errors: NewsFormErrors,
	field: keyof NewsFormValues,
	value: string,
	min: number,
	max: number,
	missing: string
) {
	if (value.length < min) errors[field] = missing;
	else if (value.length > max) errors[field] = `Bitte kürzen Sie auf höchstens ${max} Zeichen.`;
}
