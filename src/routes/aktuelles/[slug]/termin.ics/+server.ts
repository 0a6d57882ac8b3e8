import { error } from '@sveltejs/kit';
import { buildCalendar } from '$lib/server/calendar/ics';
import { toCalendarEvent } from '$lib/server/news/feeds';
import { getPublishedNewsBySlug } from '$lib/server/news/queries';
import { getRuntime } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params }) => {
	const { db, config } = getRuntime();
	const item = await getPublishedNewsBySlug(db, params.slug);
	if (!item || item.kind !== 'event') error(404, 'Veranstaltung nicht gefunden');
	const calendar = buildCalendar({ name: item.title, events: [toCalendarEvent(item, config.origin)] });
	return new Response(calendar, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': `attachment; filename="${item.slug}.ics"`,
			'cache-control': 'no-cache'
		}
	});
};
