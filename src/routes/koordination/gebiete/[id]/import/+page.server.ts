import { fail, redirect } from '@sveltejs/kit';
import { requireCoordinator } from '$lib/server/auth/guards';
import { applyStreetImport, type StreetImportPreview } from '$lib/server/areas/csv-import';
import { previewAreaImport, readImportUpload } from '$lib/server/areas/import-preview';
import { describeRange } from '$lib/server/areas/range';
import { combineStreetLists, diffStreetLists, type ImportMode } from '$lib/server/areas/street-diff';
import type { AreaStreetInput } from '$lib/server/areas/types';
import { getRuntime } from '$lib/server/runtime';
import { loadAreaSummary, requireArea } from '../../area-request';
import { showDiff } from '../../street-diff-view';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const MODES: Record<string, ImportMode> = { ergaenzen: 'add', ersetzen: 'replace' };

export const load: PageServerLoad = loadAreaSummary;

export const actions = {
	// Step 1: show what would be imported, what not, and what it does to the current list; nothing is written.
	vorschau: async (event) => {
		const { area, upload, mode } = await readRequest(event);
		if ('error' in upload) return fail(400, { uploadError: upload.error, mode });
		const preview = await previewAreaImport(getRuntime().db, area, upload.text);
		return { preview: shown(preview, area.streets, MODES[mode]), text: upload.text, mode };
	},

	// Step 2: the confirmed text is checked again (another area may have changed meanwhile) and its good lines written.
	uebernehmen: async (event) => {
		const { area, upload, mode } = await readRequest(event);
		if ('error' in upload) return fail(400, { uploadError: upload.error, mode });
		const { db } = getRuntime();
		const preview = await previewAreaImport(db, area, upload.text);
		if (preview.rows.length === 0) {
			const uploadError = 'Keine Zeile kann übernommen werden; es wurde nichts geändert.';
			return fail(400, {
				preview: shown(preview, area.streets, MODES[mode]),
				text: upload.text,
				mode,
				uploadError
			});
		}
		const { streets } = await applyStreetImport(db, preview.rows, {
			mode: MODES[mode],
			actorId: event.locals.user?.id ?? null
		});
		redirect(303, `/koordination/gebiete/${area.id}?importiert=${streets}&modus=${mode}`);
	}
} satisfies Actions;

async function readRequest(event: RequestEvent) {
	requireCoordinator(event);
	const stored = await requireArea(getRuntime().db, event.params.id);
	const form = await event.request.formData();
	const chosen = String(form.get('modus') ?? 'ergaenzen');
	const mode = chosen in MODES ? chosen : 'ergaenzen';
	const upload = await readImportUpload(form);
	return { area: { id: stored.id, name: stored.name, kind: stored.kind, streets: stored.streets }, upload, mode };
}

/** The preview as the page shows it: rows with their range in words, and the change to the current list. */
function shown(preview: StreetImportPreview, current: AreaStreetInput[], mode: ImportMode) {
	return {
		rows: preview.rows.map((row) => ({
			line: row.line,
			street: row.streetName,
			postalCode: row.postalCode,
			range: describeRange(row)
		})),
		rejected: preview.rejected,
		diff: showDiff(diffStreetLists(current, combineStreetLists(current, preview.rows, mode)))
	};
}
