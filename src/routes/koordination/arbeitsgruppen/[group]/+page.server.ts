import { error, fail } from '@sveltejs/kit';
import { requireCoordinator } from '$lib/server/auth/guards';
import { choicesOf, loadGroupForEditing, loadGroupFormOptions, updateGroup } from '$lib/server/groups/administration';
import { parseGroupForm } from '$lib/server/groups/group-form';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
	const { db } = getRuntime();
	const group = await storedGroup(event.params.group);
	return {
		group: { slug: group.slug, archivedAt: group.archivedAt },
		values: group.values,
		options: await loadGroupFormOptions(db)
	};
};

export const actions = {
	default: async (event) => {
		const coordinator = requireCoordinator(event);
		const { db } = getRuntime();
		const group = await storedGroup(event.params.group);
		const parsed = parseGroupForm(await event.request.formData(), choicesOf(await loadGroupFormOptions(db)));
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		await updateGroup(db, group.id, parsed.fields, coordinator.id);
		return { saved: true };
	}
} satisfies Actions;

async function storedGroup(slug: string) {
	const group = await loadGroupForEditing(getRuntime().db, slug);
	if (!group) error(404, 'Diese Arbeitsgruppe gibt es nicht.');
	return group;
}
