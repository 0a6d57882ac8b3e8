import type { Kysely } from 'kysely';
import type { Database } from '../src/lib/server/db/schema';
import { getSearchableGuides, listPublishedGuideIds } from '../src/lib/server/guides/queries';
import { GUIDES_INDEX, type GuideLocale, type SearchableGuide } from '../src/lib/server/guides/types';
import type { SearchConnection } from './connection';
import { guideFields, type GuideDocument } from './guide-documents';
import type { Searcher } from './searcher';
import { foldedWords } from './vocabulary/fold';
import { searchWithFallback } from './with-fallback';

/** A guide in a list of results, in the reader's language. */
export interface GuideHit {
	slug: string;
	title: string;
	summary: string;
	aboutDanger: boolean;
}

export interface GuideSearch {
	q: string;
	/** Only guides linked to this topic code. */
	topic?: string;
	locale: string;
	limit: number;
}

export interface GuideSearchResult {
	hits: GuideHit[];
	total: number;
	degraded: boolean;
}

/** The Meilisearch query for guides; the portal-wide search sends it with the others in one request. */
export function guideSearchParams({ q, topic, locale, limit }: GuideSearch) {
	const fields = guideFields(locale);
	return {
		indexUid: GUIDES_INDEX,
		q,
		limit,
		filter: topic ? [`topicCodes = ${JSON.stringify(topic)}`] : undefined,
		attributesToRetrieve: ['slug', 'aboutDanger', fields.title, fields.summary]
	};
}

export function toGuideHit(document: Partial<GuideDocument>, locale: string): GuideHit {
	const fields = guideFields(locale);
	return {
		slug: document.slug ?? '',
		title: document[fields.title] ?? '',
		summary: document[fields.summary] ?? '',
		aboutDanger: document.aboutDanger ?? false
	};
}

/** Published guides for a search text or a topic; an empty text with no topic finds none. */
export async function searchGuides(
	db: Kysely<Database>,
	search: SearchConnection,
	query: GuideSearch
): Promise<GuideSearchResult> {
	if (query.q.trim() === '' && !query.topic) return { hits: [], total: 0, degraded: false };
	return searchWithFallback(
		search,
		GUIDES_INDEX,
		async (searcher: Searcher) => {
			const {
				results: [result]
			} = await searcher.multiSearch<GuideDocument>({ queries: [guideSearchParams(query)] });
			return {
				hits: result.hits.map((hit) => toGuideHit(hit, query.locale)),
				total: result.estimatedTotalHits ?? result.hits.length,
				degraded: false
			};
		},
		() => searchGuidesInDatabase(db, query)
	);
}

/**
 * The fallback: guides are few, so every published one is read and each word of the text must
 * occur (folded: case, accents, ä/ae) in one of its languages.
 */
export async function searchGuidesInDatabase(db: Kysely<Database>, query: GuideSearch): Promise<GuideSearchResult> {
	const guides = await getSearchableGuides(db, await listPublishedGuideIds(db));
	const words = foldedWords(query.q);
	const matches = guides.filter(
		(guide) =>
			(!query.topic || guide.topics.some((t) => t.code === query.topic)) &&
			words.every((word) => guideText(guide).some((text) => text.includes(word)))
	);
	return {
		hits: matches.slice(0, query.limit).map((guide) => localHit(guide, query.locale)),
		total: matches.length,
		degraded: true
	};
}

function guideText(guide: SearchableGuide): string[] {
	return Object.values(guide.texts).flatMap((t) =>
		[t.title, t.summary, t.keywords, t.firstSteps].map((text) => foldedWords(text).join(' '))
	);
}

function localHit(guide: SearchableGuide, locale: string): GuideHit {
	const texts = guide.texts[locale as GuideLocale] ?? guide.texts.de!;
	return { slug: guide.slug, title: texts.title, summary: texts.summary, aboutDanger: guide.aboutDanger };
}
