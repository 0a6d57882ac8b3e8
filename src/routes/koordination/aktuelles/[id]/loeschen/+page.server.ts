import { error, fail, redirect } from '@sveltejs/kit';
import { requireCoordinator } from '$lib/server/auth/guards';
import { formText } from '$lib/server/forms';
import { getNewsItem } from '$lib/server/news/queries';
import { deleteNewsItem } from '$lib/server/news/service';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
	const item = await getNewsItem(getRuntime().db, Number(event.params.id));
	if (!item) error(404, 'Diesen Beitrag gibt es nicht.');
	return { item: { id: item.id, title: item.title, status: item.status } };
};

export const actions = {
	default: async (event) => {
		requireCoordinator(event);
		const { db } = getRuntime();
		const item = await getNewsItem(db, Number(event.params.id));
		if (!item) error(404, 'Diesen Beitrag gibt es nicht.');
		if (formText(await event.request.formData(), 'confirm') !== 'on') {
			return fail(400, {
				confirmError: 'Bitte bestätigen Sie mit dem Häkchen, dass der Beitrag gelöscht werden soll.'
			});
		}
		await deleteNewsItem(db, item.id);
		redirect(303, '/koordination/aktuelles?hinweis=geloescht');
	}
} satisfies Actions;
