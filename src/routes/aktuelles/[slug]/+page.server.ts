import { error } from '@sveltejs/kit';
import { renderMarkdown } from '$lib/server/markdown/render';
import { getPublishedNewsBySlug } from '$lib/server/news/queries';
import { getRuntime } from '$lib/server/runtime';
import { m } from '$lib/paraglide/messages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const item = await getPublishedNewsBySlug(getRuntime().db, params.slug);
	if (!item) error(404, m.news_not_found());
	const { body, ...shown } = item;
	return { item: shown, bodyHtml: body ? renderMarkdown(body) : '' };
};
