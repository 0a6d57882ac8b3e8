import { error, fail, redirect } from '@sveltejs/kit';
import { requireCoordinator } from '$lib/server/auth/guards';
import { newsFormValues } from '$lib/server/news/form-values';
import { parseNewsForm } from '$lib/server/news/news-form';
import { getNewsItem } from '$lib/server/news/queries';
import { updateNewsItem } from '$lib/server/news/service';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
	const item = await getNewsItem(getRuntime().db, Number(event.params.id));
	if (!item) error(404, 'Diesen Beitrag gibt es nicht.');
	const { body: _body, ...shown } = item;
	return { item: shown, values: newsFormValues(item), notice: event.url.searchParams.get('hinweis') };
};

export const actions = {
	default: async (event) => {
		requireCoordinator(event);
		const { db } = getRuntime();
		const item = await getNewsItem(db, Number(event.params.id));
		if (!item) error(404, 'Diesen Beitrag gibt es nicht.');
		const parsed = parseNewsForm(await event.request.formData());
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		await updateNewsItem(db, item.id, parsed.input);
		redirect(303, `/koordination/aktuelles/${item.id}?hinweis=gespeichert`);
	}
} satisfies Actions;
