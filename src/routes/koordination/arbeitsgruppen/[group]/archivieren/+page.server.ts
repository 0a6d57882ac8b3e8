import { error, fail, redirect } from '@sveltejs/kit';
import { requireCoordinator } from '$lib/server/auth/guards';
import { archiveGroup } from '$lib/server/groups/administration';
import { findGroupBySlug } from '$lib/server/groups/queries';
import { formText } from '$lib/server/forms';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
	const group = await activeGroup(event.params.group);
	return { group: { slug: group.slug, name: group.name } };
};

export const actions = {
	default: async (event) => {
		requireCoordinator(event);
		const group = await activeGroup(event.params.group);
		if (formText(await event.request.formData(), 'confirm') !== 'ja') {
			return fail(400, { confirmError: 'Bitte bestätigen Sie das Archivieren mit dem Häkchen.' });
		}
		await archiveGroup(getRuntime().db, group.id);
		redirect(303, '/koordination/arbeitsgruppen?archiviert');
	}
} satisfies Actions;

async function activeGroup(slug: string) {
	const group = await findGroupBySlug(getRuntime().db, slug);
	if (!group || group.archivedAt) error(404, 'Diese Arbeitsgruppe gibt es nicht oder sie ist schon archiviert.');
	return group;
}
