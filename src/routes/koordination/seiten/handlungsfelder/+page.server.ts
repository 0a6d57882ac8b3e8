import { fail, redirect } from '@sveltejs/kit';
import { requireCoordinator } from '$lib/server/auth/guards';
import { parseActionFieldForm } from '$lib/server/pages/action-field-form';
import { createActionField, listActionFields } from '$lib/server/pages/action-fields';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
	const fields = await listActionFields(getRuntime().db);
	return {
		fields: fields.map(({ slug, title, position, progressNote }) => ({
			slug,
			title,
			position,
			hasProgress: progressNote !== ''
		})),
		deleted: event.url.searchParams.has('geloescht')
	};
};

export const actions = {
	anlegen: async (event) => {
		requireCoordinator(event);
		const result = parseActionFieldForm(await event.request.formData());
		if (!result.ok) return fail(400, { values: result.values, errors: result.errors });
		const slug = await createActionField(getRuntime().db, result.input);
		redirect(303, `/koordination/seiten/handlungsfelder/${slug}?angelegt`);
	}
} satisfies Actions;
