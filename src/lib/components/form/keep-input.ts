import type { SubmitFunction } from '@sveltejs/kit';

/**
 * `use:enhance={keepInput}` for a form whose action answers with data and the page stays (a preview, a note, a
 * list saved with its errors): plain `enhance` would reset the fields to their defaults after a success.
 */
export const keepInput: SubmitFunction =
	() =>
	async ({ update }) =>
		update({ reset: false });
