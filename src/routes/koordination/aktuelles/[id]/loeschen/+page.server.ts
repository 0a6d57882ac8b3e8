import { fail, redirect } from '@sveltejs/kit';
import { formText } from '$lib/server/forms';
import { deleteNewsItem } from '$lib/server/news/service';
import { getRuntime } from '$lib/server/runtime';
import { requireNewsItem } from '../../news-request';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const item = await requireNewsItem(event);
	return { item: { id: item.id, title: item.title, status: item.status } };
};

export const actions = {
	default: async (event) => {
		const item = await requireNewsItem(event);
		if (formText(await event.request.formData(), 'confirm') !== 'on') {
			return fail(400, {
				confirmError: 'Bitte bestätigen Sie mit dem Häkchen, dass der Beitrag gelöscht werden soll.'
			});
		}
		await deleteNewsItem(getRuntime().db, item.id);
		redirect(303, '/koordination/aktuelles?hinweis=geloescht');
	}
} satisfies Actions;
