import { formText } from '../forms';
import type { ActionFieldInput } from './action-fields';
import { tooLongMessage } from '$lib/validation/length';
import type { ActionFieldFormValues, ActionFieldFormErrors } from '$lib/forms/action-fields';
export type { ActionFieldFormValues, ActionFieldFormErrors } from '$lib/forms/action-fields';

// The form of a field of action (Handlungsfeld): title, summary, progress note, position.

export type ActionFieldFormParse =
	| { ok: true; values: ActionFieldFormValues; input: ActionFieldInput }
	| { ok: false; values: ActionFieldFormValues; errors: ActionFieldFormErrors };

export function parseActionFieldForm(form: FormData): ActionFieldFormParse {
	const values: ActionFieldFormValues = {
		title: formText(form, 'title').trim(),
		summary: formText(form, 'summary').replace(/\r\n/g, '\n').trim(),
		progressNote: formText(form, 'progressNote').replace(/\r\n/g, '\n').trim(),
		position: formText(form, 'position').trim() || '0'
	};
	const errors: ActionFieldFormErrors = {};
	if (values.title.length < 3)
		errors.title = 'Bitte geben Sie den Namen des Handlungsfelds mit mindestens 3 Zeichen an.';
	else if (values.title.length > 120) errors.title = tooLongMessage('Der Name', 120, values.title.length);
	if (values.summary.length < 20)
		errors.summary = 'Bitte beschreiben Sie das Handlungsfeld in mindestens 20 Zeichen.';
	else if (values.summary.length > 10_000)
		errors.summary = tooLongMessage('Die Beschreibung', 10_000, values.summary.length);
	if (values.progressNote.length > 10_000)
		errors.progressNote = tooLongMessage('Der Stand', 10_000, values.progressNote.length);
	if (!/^\d{1,3}$/.test(values.position))
		errors.position = 'Bitte geben Sie die Reihenfolge als ganze Zahl von 0 bis 999 an.';
	if (Object.keys(errors).length > 0) return { ok: false, values, errors };
	return {
		ok: true,
		values,
		input: {
			title: values.title,
			summary: values.summary,
			progressNote: values.progressNote,
			position: Number(values.position)
		}
	};
}
