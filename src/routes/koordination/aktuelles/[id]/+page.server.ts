import { fail, redirect } from '@sveltejs/kit';
import { newsFormValues } from '$lib/server/news/form-values';
import { parseNewsForm } from '$lib/server/news/news-form';
import { updateNewsItem } from '$lib/server/news/service';
import { getRuntime } from '$lib/server/runtime';
import { requireNewsItem } from '../news-request';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const item = await requireNewsItem(event);
	const { body: _body, ...shown } = item;
	return { item: shown, values: newsFormValues(item), notice: event.url.searchParams.get('hinweis') };
};

export const actions = {
	default: async (event) => {
		const item = await requireNewsItem(event);
		const parsed = parseNewsForm(await event.request.formData());
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		await updateNewsItem(getRuntime().db, item.id, parsed.input);
		redirect(303, `/koordination/aktuelles/${item.id}?hinweis=gespeichert`);
	}
} satisfies Actions;
