import type { Settings } from 'meilisearch';
import { markdownToPlainText } from '../src/lib/server/markdown/render';
import type { SearchableNewsItem } from '../src/lib/server/news/searchable';
import type { SearchablePage } from '../src/lib/server/pages/searchable';
import { GUIDE_LOCALES, type GuideLocale } from '../src/lib/server/guides/types';
import { ALL_STOP_WORDS } from './vocabulary/stop-words';

// The `news` and `pages` indexes: published press releases and events, and the KPR's own pages.
// Both are searched only by the portal-wide search; their lists keep their own order.

export interface NewsDocument {
	id: number;
	slug: string;
	kind: SearchableNewsItem['kind'];
	title: string;
	teaser: string;
	body: string;
	/** Milliseconds since 1970, for "newest first" among equally good hits. */
	publishedAt: number;
	startsAt: string | null;
}

export function buildNewsDocument(item: SearchableNewsItem): NewsDocument {
	return {
		id: item.id,
		slug: item.slug,
		kind: item.kind,
		title: item.title,
		teaser: item.teaser,
		body: markdownToPlainText(item.body),
		publishedAt: item.publishedAt ? Date.parse(item.publishedAt) : 0,
		startsAt: item.startsAt
	};
}

export const newsIndexSettings: Settings = {
	searchableAttributes: ['title', 'teaser', 'body'],
	displayedAttributes: ['id', 'slug', 'kind', 'title', 'teaser', 'startsAt', 'publishedAt'],
	sortableAttributes: ['publishedAt'],
	rankingRules: ['words', 'typo', 'proximity', 'attribute', 'exactness', 'publishedAt:desc'],
	localizedAttributes: [],
	stopWords: ALL_STOP_WORDS,
	pagination: { maxTotalHits: 1000 }
};

/** A page's title and text in every language side by side; without a translation the German text. */
export type PageDocument = { id: number; slug: string } & Record<
	`title_${GuideLocale}` | `body_${GuideLocale}`,
	string
>;

export function buildPageDocument(page: SearchablePage): PageDocument {
	const document: Record<string, unknown> = { id: page.id, slug: page.slug };
	for (const locale of GUIDE_LOCALES) {
		const texts = (locale !== 'de' && page.translations[locale]) || page;
		document[`title_${locale}`] = texts.title;
		document[`body_${locale}`] = markdownToPlainText(texts.body);
	}
	return document as PageDocument;
}

const each = (field: string) => GUIDE_LOCALES.map((locale) => `${field}_${locale}`);

export const pageIndexSettings: Settings = {
	searchableAttributes: [...each('title'), ...each('body')],
	displayedAttributes: ['id', 'slug', ...each('title')],
	rankingRules: ['words', 'typo', 'proximity', 'attribute', 'exactness'],
	localizedAttributes: [],
	stopWords: ALL_STOP_WORDS,
	pagination: { maxTotalHits: 100 }
};
