import { formText } from '../forms';

// The internal area's small forms: an announcement (title + Markdown) and a reply (plain text).

export function parseAnnouncementForm(form: FormData) {
	const values = { title: formText(form, 'title').trim(), body: formText(form, 'body').trim() };
	const errors: Partial<Record<keyof typeof values, string>> = {};
	if (values.title.length < 3) errors.title = 'Bitte geben Sie der Mitteilung einen Betreff mit mindestens 3 Zeichen.';
	else if (values.title.length > 150) errors.title = 'Der Betreff darf höchstens 150 Zeichen lang sein.';
	if (values.body.length < 10) errors.body = 'Bitte schreiben Sie die Mitteilung in mindestens 10 Zeichen.';
	else if (values.body.length > 10_000) errors.body = 'Die Mitteilung darf höchstens 10.000 Zeichen lang sein.';
	return Object.keys(errors).length > 0 ? { ok: false as const, values, errors } : { ok: true as const, values };
}

export function parseReplyForm(form: FormData) {
	const values = { announcementId: Number(formText(form, 'announcementId')), body: formText(form, 'body').trim() };
	const error =
		values.body.length < 2
			? 'Bitte schreiben Sie eine Antwort.'
			: values.body.length > 4000
				? 'Die Antwort darf höchstens 4000 Zeichen lang sein.'
				: null;
	return error ? { ok: false as const, values, error } : { ok: true as const, values };
}

export function parseMinutesForm(form: FormData) {
	const minutes = formText(form, 'minutes').trim();
	return minutes.length > 50_000
		? { ok: false as const, minutes, error: 'Das Protokoll darf höchstens 50.000 Zeichen lang sein.' }
		: { ok: true as const, minutes };
}
