import { error } from '@sveltejs/kit';
import { buildPersonFeed, calendarResponse } from '$lib/server/groups/feeds';
import { getRuntime } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

/** The meetings of one group, while the token holder belongs to it. */
export const GET: RequestHandler = async ({ params }) => {
	const { db, config } = getRuntime();
	const calendar = await buildPersonFeed(db, params.token, config.origin, params.group);
	if (!calendar) error(404, 'Diesen Kalender gibt es nicht.');
	return calendarResponse(calendar, params.group);
};
