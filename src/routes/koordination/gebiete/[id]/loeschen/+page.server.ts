import { fail, redirect } from '@sveltejs/kit';
import { requireCoordinator } from '$lib/server/auth/guards';
import { deleteServiceArea } from '$lib/server/areas/service';
import { getRuntime } from '$lib/server/runtime';
import { loadAreaSummary, requireArea } from '../../area-request';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = loadAreaSummary;

export const actions = {
	default: async (event) => {
		requireCoordinator(event);
		const { db } = getRuntime();
		const area = await requireArea(db, event.params.id);
		const form = await event.request.formData();
		if (form.get('bestaetigen') !== 'ja') {
			return fail(400, { error: 'Bitte bestätigen Sie mit dem Häkchen, dass der Bereich gelöscht werden soll.' });
		}
		await deleteServiceArea(db, area.id);
		redirect(303, `/koordination/gebiete?${new URLSearchParams({ geloescht: area.name })}`);
	}
} satisfies Actions;
