import { buildNewsFeed } from '$lib/server/news/feeds';
import { listPublishedForFeed } from '$lib/server/news/queries';
import { getRuntime } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
	const { db, config } = getRuntime();
	const items = await listPublishedForFeed(db, null, 50);
	const feed = buildNewsFeed(items, { origin: config.origin, siteName: config.siteName });
	return new Response(feed, {
		headers: { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'no-cache' }
	});
};
