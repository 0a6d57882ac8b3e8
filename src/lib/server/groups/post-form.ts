import { formText } from '../forms';
import { tooLongMessage } from '$lib/validation/length';

// The internal area's small forms: an announcement (title + Markdown) and a reply (plain text).

export function parseAnnouncementForm(form: FormData) {
	const values = { title: formText(form, 'title').trim(), body: formText(form, 'body').trim() };
	const errors: Partial<Record<keyof typeof values, string>> = {};
	if (values.title.length < 3)
		errors.title = 'Bitte geben Sie der Mitteilung einen Betreff mit mindestens 3 Zeichen.';
	else if (values.title.length > 150) errors.title = tooLongMessage('Der Betreff', 150, values.title.length);
	if (values.body.length < 10) errors.body = 'Bitte schreiben Sie die Mitteilung in mindestens 10 Zeichen.';
	else if (values.body.length > 10_000) errors.body = tooLongMessage('Die Mitteilung', 10_000, values.body.length);
	return Object.keys(errors).length > 0 ? { ok: false as const, values, errors } : { ok: true as const, values };
}

export function parseReplyForm(form: FormData) {
	const values = { announcementId: Number(formText(form, 'announcementId')), body: formText(form, 'body').trim() };
	const error =
		values.body.length < 2
			? 'Bitte schreiben Sie eine Antwort.'
			: values.body.length > 4000
				? tooLongMessage('Die Antwort', 4000, values.body.length)
				: null;
	return error ? { ok: false as const, values, error } : { ok: true as const, values };
}

export function parseMinutesForm(form: FormData) {
	const minutes = formText(form, 'minutes').trim();
	return minutes.length > 50_000
		? { ok: false as const, minutes, error: tooLongMessage('Das Protokoll', 50_000, minutes.length) }
		: { ok: true as const, minutes };
}
