import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { NewsKind } from './types';

// What the search index reads of news_items: published items only, the rest is deleted from it.

export const NEWS_INDEX = 'news';

export interface SearchableNewsItem {
	id: number;
	slug: string;
	kind: NewsKind;
	title: string;
	teaser: string;
	body: string;
	publishedAt: string | null;
	startsAt: string | null;
}

export async function getSearchableNews(db: Kysely<Database>, ids: number[]): Promise<SearchableNewsItem[]> {
	if (ids.length === 0) return [];
	const rows = await db
		.selectFrom('news_items')
		.select(['id', 'slug', 'kind', 'title', 'teaser', 'body', 'published_at', 'starts_at'])
		.where('id', 'in', ids)
		.where('status', '=', 'published')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		slug: r.slug,
		kind: r.kind,
		title: r.title,
		teaser: r.teaser,
		body: r.body,
		publishedAt: r.published_at,
		startsAt: r.starts_at
	}));
}

export async function listPublishedNewsIds(db: Kysely<Database>): Promise<number[]> {
	const rows = await db
		.selectFrom('news_items')
		.select('id')
		.where('status', '=', 'published')
		.orderBy('id')
		.execute();
	return rows.map((r) => r.id);
}
