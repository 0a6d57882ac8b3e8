import { error } from '@sveltejs/kit';
import { buildPersonFeed, calendarResponse } from '$lib/server/groups/feeds';
import { getRuntime } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

/** The meetings of all the token holder's groups; the secret token is the only credential calendar clients send. */
export const GET: RequestHandler = async ({ params }) => {
	const { db, config } = getRuntime();
	const calendar = await buildPersonFeed(db, params.token, config.origin);
	if (!calendar) error(404, 'Diesen Kalender gibt es nicht.');
	return calendarResponse(calendar, 'arbeitsgruppen');
};
