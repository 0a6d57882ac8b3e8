import { fail, redirect } from '@sveltejs/kit';
import { requireCoordinator } from '$lib/server/auth/guards';
import { choicesOf, createGroup, loadGroupFormOptions } from '$lib/server/groups/administration';
import { parseGroupForm } from '$lib/server/groups/group-form';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
	return {
		options: await loadGroupFormOptions(getRuntime().db),
		values: { name: '', description: '', topics: [], lead: '', joinPolicy: 'on_request', actionField: '' }
	};
};

export const actions = {
	default: async (event) => {
		const coordinator = requireCoordinator(event);
		const { db } = getRuntime();
		const parsed = parseGroupForm(await event.request.formData(), choicesOf(await loadGroupFormOptions(db)));
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const slug = await createGroup(db, parsed.fields, coordinator.id);
		redirect(303, `/koordination/arbeitsgruppen/${slug}?angelegt`);
	}
} satisfies Actions;
