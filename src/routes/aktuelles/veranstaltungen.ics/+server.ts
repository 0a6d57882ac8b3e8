import { buildCalendar } from '$lib/server/calendar/ics';
import { toCalendarEvent } from '$lib/server/news/feeds';
import { listPublishedForFeed } from '$lib/server/news/queries';
import { getRuntime } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

// A calendar to subscribe to: calendar apps poll this URL and update the events they already have.
export const GET: RequestHandler = async () => {
	const { db, config } = getRuntime();
	const origin = config.origin;
	const events = (await listPublishedForFeed(db, 'event')).map((item) => toCalendarEvent(item, origin));
	return new Response(buildCalendar({ name: `Veranstaltungen – ${config.siteName}`, events }), {
		headers: { 'content-type': 'text/calendar; charset=utf-8', 'cache-control': 'no-cache' }
	});
};
