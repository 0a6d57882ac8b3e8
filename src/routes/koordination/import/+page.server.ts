import { fail, redirect } from '@sveltejs/kit';
import { requireCoordinator } from '$lib/server/auth/guards';
import { readImportUpload } from '$lib/server/areas/import-preview';
import { importNewPartners } from '$lib/server/partner-import/apply';
import { prepareImport, shownPreview } from '$lib/server/partner-import/page-data';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
	return { created: event.url.searchParams.get('angelegt') };
};

export const actions = {
	// Step 1: show new, already known and rejected lines; nothing is written.
	vorschau: async (event) => {
		requireCoordinator(event);
		const upload = await readImportUpload(await event.request.formData());
		if ('error' in upload) return fail(400, { uploadError: upload.error });
		const preview = await prepareImport(getRuntime().db, upload.text, today());
		if (!preview.ok) return fail(400, { uploadError: preview.message });
		return { preview: shownPreview(preview.lines), text: upload.text };
	},

	// Step 2: the confirmed list is checked again and its new partners created as drafts.
	importieren: async (event) => {
		const user = requireCoordinator(event);
		const upload = await readImportUpload(await event.request.formData());
		if ('error' in upload) return fail(400, { uploadError: upload.error });
		const { db } = getRuntime();
		const preview = await prepareImport(db, upload.text, today());
		if (!preview.ok) return fail(400, { uploadError: preview.message });
		const created = await importNewPartners(db, preview.lines, { userId: user.id });
		if (created === 0) {
			return fail(400, {
				preview: shownPreview(preview.lines),
				text: upload.text,
				uploadError: 'Die Liste enthält keinen neuen Partner; es wurde nichts angelegt.'
			});
		}
		redirect(303, `/koordination/import?angelegt=${created}`);
	}
} satisfies Actions;

/** The calendar day in the council's time zone, for consent dates checked by the profile rules. */
function today(): string {
	return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());
}
