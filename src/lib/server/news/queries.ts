import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { NewsItem, NewsListQuery, NewsStatus, NewsSummary } from './types';

// Every read of news_items. Public reads see published items only.

export const NEWS_PAGE_SIZE = 10;

const SUMMARY_COLUMNS = [
	'n.id',
	'n.kind',
	'n.slug',
	'n.title',
	'n.teaser',
	'n.published_at as publishedAt',
	'n.updated_at as updatedAt',
	'n.starts_at as startsAt',
	'n.ends_at as endsAt',
	'n.place_name as placeName',
	'n.cancelled'
] as const;

const ITEM_COLUMNS = [
	...SUMMARY_COLUMNS,
	'n.status',
	'n.body',
	'n.place_address as placeAddress',
	'n.registration_info as registrationInfo',
	'n.wheelchair_accessible as wheelchairAccessible',
	'n.accessibility_note as accessibilityNote',
	'n.decline_reason as declineReason',
	'n.organization_id as organizationId',
	'o.name as organizationName'
] as const;

/** One page of the public list and the number of pages. */
export async function listPublishedNews(
	db: Kysely<Database>,
	query: NewsListQuery,
	now = new Date()
): Promise<{ items: NewsSummary[]; totalPages: number }> {
	let base = db.selectFrom('news_items as n').where('n.status', '=', 'published');
	// The time filter is about events; press releases have no date to be upcoming or past.
	const kind = query.time && query.kind !== 'press_release' ? 'event' : query.kind;
	if (kind) base = base.where('n.kind', '=', kind);
	if (kind === 'event' && query.time === 'upcoming') base = base.where('n.ends_at', '>=', now.toISOString());
	if (kind === 'event' && query.time === 'past') base = base.where('n.ends_at', '<', now.toISOString());
	const { count } = await base.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
	// Events still to come lead, the next one first (cancelled ones too: the list marks them); after
	// them the newest event date or publication first.
	const upcoming = sql<boolean>`(n.kind = 'event' and n.ends_at >= ${now.toISOString()})`;
	const rows = await base
		.select(SUMMARY_COLUMNS)
		.orderBy(upcoming, 'desc')
		.orderBy(sql`case when ${upcoming} then n.starts_at end`, 'asc')
		.orderBy((eb) => eb.fn.coalesce('n.starts_at', 'n.published_at'), 'desc')
		.orderBy('n.id', 'desc')
		.limit(NEWS_PAGE_SIZE)
		.offset((query.page - 1) * NEWS_PAGE_SIZE)
		.execute();
	return { items: rows.map(withCancelledFlag), totalPages: Math.max(1, Math.ceil(Number(count) / NEWS_PAGE_SIZE)) };
}

/** The next published events that take place, soonest first (cancelled ones are left out). */
export async function listUpcomingEvents(
	db: Kysely<Database>,
	limit: number,
	now = new Date()
): Promise<NewsSummary[]> {
	const rows = await db
		.selectFrom('news_items as n')
		.select(SUMMARY_COLUMNS)
		.where('n.status', '=', 'published')
		.where('n.kind', '=', 'event')
		.where('n.cancelled', '=', 0)
		.where('n.ends_at', '>=', now.toISOString())
		.orderBy('n.starts_at')
		.limit(limit)
		.execute();
	return rows.map(withCancelledFlag);
}

/** Every published item of a kind, for the feeds (cancelled events stay, so calendars remove them). */
export async function listPublishedForFeed(
	db: Kysely<Database>,
	kind: 'press_release' | 'event' | null,
	limit = 200
): Promise<NewsItem[]> {
	let query = itemQuery(db).where('n.status', '=', 'published');
	if (kind) query = query.where('n.kind', '=', kind);
	const rows = await query.orderBy('n.published_at', 'desc').limit(limit).execute();
	return rows.map(withCancelledFlag);
}

export async function getPublishedNewsBySlug(db: Kysely<Database>, slug: string): Promise<NewsItem | null> {
	const row = await itemQuery(db).where('n.slug', '=', slug).where('n.status', '=', 'published').executeTakeFirst();
	return row ? withCancelledFlag(row) : null;
}

export async function getNewsItem(db: Kysely<Database>, id: number): Promise<NewsItem | null> {
	if (!Number.isSafeInteger(id)) return null;
	const row = await itemQuery(db).where('n.id', '=', id).executeTakeFirst();
	return row ? withCancelledFlag(row) : null;
}

/** The coordination's list: everything, newest change first. */
export async function listAllNews(db: Kysely<Database>): Promise<(NewsItem & { status: NewsStatus })[]> {
	const rows = await itemQuery(db).orderBy('n.updated_at', 'desc').orderBy('n.id', 'desc').execute();
	return rows.map(withCancelledFlag);
}

/** Events the given organizations submitted, newest first. */
export async function listOrganizationEvents(db: Kysely<Database>, organizationIds: number[]): Promise<NewsItem[]> {
	if (organizationIds.length === 0) return [];
	const rows = await itemQuery(db)
		.where('n.organization_id', 'in', organizationIds)
		.orderBy('n.created_at', 'desc')
		.orderBy('n.id', 'desc')
		.execute();
	return rows.map(withCancelledFlag);
}

function itemQuery(db: Kysely<Database>) {
	return db
		.selectFrom('news_items as n')
		.leftJoin('organizations as o', 'o.id', 'n.organization_id')
		.select(ITEM_COLUMNS);
}

/** SQLite stores the flag as 0 or 1. */
function withCancelledFlag<Row extends { cancelled: number }>(
	row: Row
): Omit<Row, 'cancelled'> & { cancelled: boolean } {
	return { ...row, cancelled: row.cancelled === 1 };
}
