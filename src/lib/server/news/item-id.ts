import { formText } from '../forms';

/** The `itemId` of a posted form, or null when it is no id at all. */
export function formItemId(form: FormData): number | null {
	const id = Number(formText(form, 'itemId'));
	return Number.isSafeInteger(id) && id > 0 ? id : null;
}
