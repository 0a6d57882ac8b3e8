import { fail, redirect } from '@sveltejs/kit';
import { requireCoordinator } from '$lib/server/auth/guards';
import { loadAreaFormOptions } from '$lib/server/areas/area-options';
import type { AreaFormValues } from '$lib/server/areas/area-form';
import { createServiceArea } from '$lib/server/areas/service';
import { getRuntime } from '$lib/server/runtime';
import { readAreaForm } from '../area-request';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
	const values: AreaFormValues = { organizationId: '', kind: '', name: '', note: '', ortsteile: [] };
	return { options: await loadAreaFormOptions(getRuntime().db), values };
};

export const actions = {
	default: async (event) => {
		requireCoordinator(event);
		const { db } = getRuntime();
		const parsed = await readAreaForm(db, await event.request.formData());
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const { ortsteile, ...area } = parsed.area;
		const id = await createServiceArea(db, area, ortsteile);
		redirect(303, `/koordination/gebiete/${id}?angelegt`);
	}
} satisfies Actions;
