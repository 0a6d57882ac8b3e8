import { formText } from '../forms';
import { tooLongMessage } from '$lib/validation/length';

// The page editor's form: one parser, German messages that say how to fix the entry.

export interface PageFormValues {
	title: string;
	body: string;
}

export type PageFormErrors = Partial<Record<keyof PageFormValues, string>>;

export type PageFormParse =
	{ ok: true; values: PageFormValues } | { ok: false; values: PageFormValues; errors: PageFormErrors };

export const MAX_BODY_LENGTH = 50_000;

export function parsePageForm(form: FormData): PageFormParse {
	const values: PageFormValues = {
		title: formText(form, 'title').trim(),
		// Markdown keeps its own whitespace; only trailing blank lines are dropped.
		body: formText(form, 'body').replace(/\r\n/g, '\n').trimEnd()
	};
	const errors: PageFormErrors = {};
	if (values.title.length < 3) errors.title = 'Bitte geben Sie eine Überschrift mit mindestens 3 Zeichen an.';
	else if (values.title.length > 120) errors.title = tooLongMessage('Die Überschrift', 120, values.title.length);
	if (values.body.trim() === '') errors.body = 'Bitte schreiben Sie den Text der Seite.';
	else if (values.body.length > MAX_BODY_LENGTH) {
		errors.body = `${tooLongMessage('Der Text', MAX_BODY_LENGTH, values.body.length)} Teilen Sie ihn bitte auf.`;
	}
	return Object.keys(errors).length === 0 ? { ok: true, values } : { ok: false, values, errors };
}
