import { formText } from '../forms';

// The small forms of the inbox: the coordinator's note and the confirmations before deleting.

export const NOTE_MAX = 2000;

export type NoteParse = { ok: true; note: string } | { ok: false; note: string; error: string };

export function parseNoteForm(form: FormData): NoteParse {
	const note = formText(form, 'note').trim();
	if (note.length > NOTE_MAX) {
		return {
			ok: false,
			note,
			error: `Die Notiz ist ${note.length} Zeichen lang; höchstens ${NOTE_MAX} sind möglich. Bitte kürzen Sie sie.`
		};
	}
	return { ok: true, note };
}

/** The checkbox „Ja, … endgültig löschen“, which a deletion needs besides the button. */
export function isDeletionConfirmed(form: FormData): boolean {
	return form.get('confirm') === 'ja';
}

/** A message id from the route; null for anything that cannot be one. */
export function parseMessageId(raw: string): number | null {
	return /^[1-9][0-9]{0,15}$/.test(raw) && Number.isSafeInteger(Number(raw)) ? Number(raw) : null;
}
