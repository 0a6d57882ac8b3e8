import type { Kysely } from 'kysely';
import { buildCalendar, type CalendarEvent } from '../calendar/ics';
import type { Database } from '../db/schema';
import { markdownToPlainText } from '../markdown/render';
import { findFeedOwner } from './feed-tokens';
import { listGroupIdsOfUser } from './member-queries';

/**
 * The iCalendar text of a person's feed: the meetings of every group they belong to at this moment,
 * or of one of them (`groupSlug`). Null when the token is unknown or revoked, or the person is not in
 * that group, so the route answers 404 and reveals nothing.
 */
export async function buildPersonFeed(
	db: Kysely<Database>,
	token: string,
	origin: string,
	groupSlug?: string
): Promise<string | null> {
	const owner = await findFeedOwner(db, token);
	if (!owner) return null;
	const groupIds = await listGroupIdsOfUser(db, owner);
	let query = db
		.selectFrom('working_group_meetings as m')
		.innerJoin('working_groups as g', 'g.id', 'm.group_id')
		.select([
			'm.id',
			'm.title',
			'm.starts_at',
			'm.ends_at',
			'm.location',
			'm.video_url',
			'm.agenda',
			'm.cancelled_at',
			'm.updated_at',
			'g.name',
			'g.slug'
		])
		.where('m.group_id', 'in', groupIds.length ? groupIds : [0])
		.orderBy('m.starts_at');
	let name = 'Arbeitsgruppen – Partnernetzwerk';
	if (groupSlug !== undefined) {
		const group = await db
			.selectFrom('working_groups')
			.select(['id', 'name'])
			.where('slug', '=', groupSlug)
			.executeTakeFirst();
		if (!group || !groupIds.includes(group.id)) return null;
		query = query.where('m.group_id', '=', group.id);
		name = group.name;
	}
	const events = (await query.execute()).map((m): CalendarEvent => ({
		uid: `meeting-${m.id}@kpr-portal`,
		start: new Date(m.starts_at),
		end: new Date(m.ends_at),
		summary: `${m.name}: ${m.title}`,
		description: [
			m.video_url ? `Videokonferenz: ${m.video_url}` : '',
			m.agenda ? `Tagesordnung: ${markdownToPlainText(m.agenda)}` : ''
		]
			.filter(Boolean)
			.join('\n\n'),
		location: m.location ?? m.video_url,
		url: `${origin}/arbeitsgruppen/${m.slug}/intern/termine/${m.id}`,
		updatedAt: new Date(m.updated_at),
		cancelled: m.cancelled_at !== null
	}));
	return buildCalendar({ name, events });
}

/** How a feed is served: calendar clients poll it, so no shared caches keep a copy of the secret URL's answer. */
export function calendarResponse(calendar: string, fileName: string): Response {
	return new Response(calendar, {
		headers: {
			'Content-Type': 'text/calendar; charset=utf-8',
			'Cache-Control': 'private, no-store',
			'Content-Disposition': `inline; filename="${fileName.replace(/[^a-z0-9-]/gi, '')}.ics"`
		}
	});
}
