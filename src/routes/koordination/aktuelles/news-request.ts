import { error } from '@sveltejs/kit';
import { requireCoordinator, type GuardEvent } from '$lib/server/auth/guards';
import { getNewsItem } from '$lib/server/news/queries';
import { getRuntime } from '$lib/server/runtime';

/** For a coordinator, the news item named by the route's id; 404 where there is none. */
export async function requireNewsItem(event: GuardEvent & { params: { id: string } }) {
	requireCoordinator(event);
	const item = await getNewsItem(getRuntime().db, Number(event.params.id));
	if (!item) error(404, 'Diesen Beitrag gibt es nicht.');
	return item;
}
