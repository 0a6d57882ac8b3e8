import { fail, redirect } from '@sveltejs/kit';
import { requireCoordinator } from '$lib/server/auth/guards';
import { applyStreetImport, type StreetImportPreview } from '$lib/server/areas/csv-import';
import { previewAreaImport, readImportUpload } from '$lib/server/areas/import-preview';
import { describeRange } from '$lib/server/areas/range';
import { getRuntime } from '$lib/server/runtime';
import { requireArea } from '../../area-request';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
	const area = await requireArea(getRuntime().db, event.params.id);
	return { area: { id: area.id, name: area.name, organization: area.organization.name, streetCount: area.streets.length } };
};

export const actions = {
	// Step 1: show what would be imported and what not; nothing is written.
	vorschau: async (event) => {
		const { area, upload } = await readRequest(event);
		if ('error' in upload) return fail(400, { uploadError: upload.error });
		const preview = await previewAreaImport(getRuntime().db, area, upload.text);
		return { preview: shown(preview), text: upload.text };
	},

	// Step 2: the confirmed text is checked again (another area may have changed meanwhile) and its good lines written.
	uebernehmen: async (event) => {
		const { area, upload } = await readRequest(event);
		if ('error' in upload) return fail(400, { uploadError: upload.error });
		const { db } = getRuntime();
		const preview = await previewAreaImport(db, area, upload.text);
		if (preview.rows.length === 0) {
			return fail(400, { preview: shown(preview), text: upload.text, uploadError: 'Keine Zeile kann übernommen werden; es wurde nichts geändert.' });
		}
		const { streets } = await applyStreetImport(db, preview.rows);
		redirect(303, `/koordination/gebiete/${area.id}?importiert=${streets}`);
	}
} satisfies Actions;

async function readRequest(event: RequestEvent) {
	requireCoordinator(event);
	const stored = await requireArea(getRuntime().db, event.params.id);
	const upload = await readImportUpload(await event.request.formData());
	return { area: { id: stored.id, name: stored.name, kind: stored.kind }, upload };
}

/** The preview as the page shows it: rows with their range in words. */
function shown(preview: StreetImportPreview) {
	return {
		rows: preview.rows.map((row) => ({ line: row.line, street: row.streetName, postalCode: row.postalCode, range: describeRange(row) })),
		rejected: preview.rejected
	};
}
