import { parseNewsListQuery } from '$lib/news/list-query';
import { listPublishedNews } from '$lib/server/news/queries';
import { getRuntime } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const query = parseNewsListQuery(url.searchParams);
	const { items, totalPages } = await listPublishedNews(getRuntime().db, query);
	return { query, items, totalPages };
};
