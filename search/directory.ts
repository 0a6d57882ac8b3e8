import type { Kysely } from 'kysely';
import type { DirectoryQuery, DirectoryResult } from '../src/lib/directory/types';
import type { Database } from '../src/lib/server/db/schema';
import { listTerms } from '../src/lib/server/partners/queries';
import { PARTNERS_INDEX } from '../src/lib/server/partners/service';
import type { SearchConnection } from './connection';
import { withKnownCodes, withLiteralHits, type TaxonomyLabels } from './directory-result';
import type { GuideDocument } from './guide-documents';
import { guideSearchParams, searchGuidesInDatabase, toGuideHit, type GuideHit, type GuideSearch } from './guide-search';
import { localizeHits } from './localized-hits';
import { searchPartnersInDatabase } from './partner-fallback';
import { directoryQueries, directoryResultOf, type PartnerRow } from './partner-search';
import type { Searcher } from './searcher';
import { cachedVocabulary } from './vocabulary/cache';
import { understandQuery, type UnderstoodQuery } from './vocabulary/understand';
import { searchWithFallback } from './with-fallback';

// Terms change only with migrations, the seed or an editor's rare correction: a minute's delay is fine.
const TAXONOMY_TTL_MS = 60_000;
const cachedLabels = new WeakMap<Kysely<Database>, { expires: number; labels: Promise<TaxonomyLabels> }>();

/**
 * The directory page for a query: from Meilisearch, or from SQLite (degraded: true) while
 * Meilisearch does not answer or has lost its index. Unknown facet values are dropped; other
 * errors propagate. The search text is read by the query understanding (vocabulary/) first; hits
 * come with the partners' own translations into `locale` where there are.
 */
export async function searchDirectory(
	{ db, search }: { db: Kysely<Database>; search: SearchConnection },
	query: DirectoryQuery,
	locale = 'de'
): Promise<DirectoryResult> {
	const planned = await planDirectorySearch(db, query, locale);
	const { guideHits, ...result } = await searchWithFallback(
		search,
		PARTNERS_INDEX,
		(searcher) => searchDirectoryInMeili(searcher, planned),
		async () => ({
			...(await searchPartnersInDatabase(db, planned.query, planned.terms)),
			guideHits: planned.guides ? (await searchGuidesInDatabase(db, planned.guides)).hits : []
		})
	);
	return {
		...(await localizeHits(db, result, locale)),
		danger: planned.understood.danger,
		guides: guideHits.map(({ slug, title, summary }) => ({ slug, title, summary }))
	};
}

/** What a directory search asks for, read from the query before anything is searched. */
export interface DirectorySearchPlan {
	/** The query with unknown facet values dropped. */
	query: DirectoryQuery;
	terms: TaxonomyLabels;
	understood: UnderstoodQuery;
	guides: GuideSearch | null;
	/** The literal word's text when only a part of it was understood (first page only). */
	literalText: string | null;
}

export async function planDirectorySearch(
	db: Kysely<Database>,
	query: DirectoryQuery,
	locale: string
): Promise<DirectorySearchPlan> {
	const [terms, vocabulary] = await Promise.all([taxonomyLabels(db), cachedVocabulary(db)]);
	const known = withKnownCodes(query, terms);
	const understood = understandQuery(known.q, vocabulary);
	return {
		query: known,
		terms,
		understood,
		guides: guideSearchFor(known, understood, locale),
		literalText: understood.compounds !== null && known.seite === 1 ? understood.compounds : null
	};
}

/**
 * One request for a directory page: its queries for the query understanding's reading, those for
 * the word as typed, and the matching guides (the bench sends the same request raw).
 */
export function directoryRequest({ query, terms, understood, guides, literalText }: DirectorySearchPlan) {
	const reading = directoryQueries(query, terms, understood.text, { boostTopics: understood.topicCodes });
	const literal = literalText === null ? [] : directoryQueries(query, terms, literalText);
	return { queries: [...reading, ...literal, ...(guides ? [guideSearchParams(guides)] : [])], reading, literal };
}

async function searchDirectoryInMeili(
	searcher: Searcher,
	plan: DirectorySearchPlan
): Promise<DirectoryResult & { guideHits: GuideHit[] }> {
	const { query, terms, understood, guides, literalText } = plan;
	const { queries, reading, literal } = directoryRequest(plan);
	const { results } = await searcher.multiSearch<PartnerRow>({ queries });
	const readingResult = await withZeroResultFallback(
		searcher,
		plan,
		await directoryResultOf(searcher, query, terms, understood.text, results, {
			boostTopics: understood.topicCodes
		})
	);
	const result =
		literalText === null
			? readingResult
			: withLiteralHits(
					readingResult,
					await directoryResultOf(searcher, query, terms, literalText, results.slice(reading.length))
				);
	const guideResponse = guides ? results[reading.length + literal.length] : null;
	const guideHits = ((guideResponse?.hits ?? []) as Partial<GuideDocument>[]).map((hit) =>
		toGuideHit(hit, guides!.locale)
	);
	return { ...result, guideHits };
}

/**
 * A text the vocabulary understood nothing of is asked once more when it found nothing: Meilisearch
 * keeps the first word by default, and a citizen's first word may be one no partner uses ("trénink
 * pro mladé řidiče"). The second time it drops the most frequent words first and keeps the rarest,
 * so a single word that some partner does use is enough. A search that finds something costs nothing
 * more; one the vocabulary understood leads with its concept's terms and never finds nothing.
 */
async function withZeroResultFallback(
	searcher: Searcher,
	{ query, terms, understood }: DirectorySearchPlan,
	result: DirectoryResult
): Promise<DirectoryResult> {
	if (result.total > 0 || understood.concepts.length > 0 || query.q === '') return result;
	const queries = directoryQueries(query, terms, understood.text, { strategy: 'frequency' });
	const { results } = await searcher.multiSearch<PartnerRow>({ queries });
	return directoryResultOf(searcher, query, terms, understood.text, results, { strategy: 'frequency' });
}

/**
 * Up to two guides for a search that names a situation the vocabulary knows, or for the topic page
 * when one topic is chosen alone. A name, a place or an organization's kind needs none.
 */
function guideSearchFor(
	query: DirectoryQuery,
	{ text, concepts }: UnderstoodQuery,
	locale: string
): GuideSearch | null {
	const topic = query.q === '' && query.thema.length === 1 ? query.thema[0] : undefined;
	if (!topic && (query.q === '' || concepts.length === 0)) return null;
	return { q: topic ? '' : text, topic, locale, limit: 2 };
}

/** Every term of the directory's taxonomies by URL parameter, cached briefly per database. */
export async function taxonomyLabels(db: Kysely<Database>): Promise<TaxonomyLabels> {
	const cached = cachedLabels.get(db);
	if (cached && cached.expires > Date.now()) return cached.labels;
	const labels = loadTaxonomyLabels(db);
	cachedLabels.set(db, { expires: Date.now() + TAXONOMY_TTL_MS, labels });
	try {
		return await labels;
	} catch (error) {
		cachedLabels.delete(db);
		throw error;
	}
}

async function loadTaxonomyLabels(db: Kysely<Database>): Promise<TaxonomyLabels> {
	const [kategorie, thema, zielgruppe, ortsteil, sprache] = await Promise.all([
		listTerms(db, 'category'),
		listTerms(db, 'topic'),
		listTerms(db, 'target_group'),
		listTerms(db, 'ortsteil'),
		listTerms(db, 'language')
	]);
	return { kategorie, thema, zielgruppe, ortsteil, sprache };
}
