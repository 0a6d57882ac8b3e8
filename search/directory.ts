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
import { directoryQueries, directoryResultOf, wordCountQueries, type PartnerRow } from './partner-search';
import type { Searcher } from './searcher';
import { cachedVocabulary } from './vocabulary/cache';
import { foldWord } from './vocabulary/fold';
import { ALL_STOP_WORDS } from './vocabulary/stop-words';
import { understandQuery, type UnderstoodQuery } from './vocabulary/understand';
import { searchWithFallback } from './with-fallback';

// Terms change only with migrations, the seed or an editor's rare correction: a minute's delay is fine.
const TAXONOMY_TTL_MS = 60_000;
// A search text longer than this is a letter, not a query: its first words are counted.
const MAX_FALLBACK_WORDS = 24;
const STOP_WORDS = new Set(ALL_STOP_WORDS.map(foldWord));
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
 * A text that found nothing is asked again. Meilisearch keeps the first word and never drops a word
 * no partner uses, and a citizen's sentence often holds one ("whos the local copper for Pethau").
 * One request counts how many partners use each word and searches the text keeping its rarest word
 * (`frequency`); when some words are used, a second one searches only those, a place named first
 * (its partners are the ones asked for), then the rarest: the most particular to the need, it must
 * match, and the others rank. Only a search that found nothing pays these requests.
 */
async function withZeroResultFallback(
	searcher: Searcher,
	{ query, terms, understood }: DirectorySearchPlan,
	result: DirectoryResult
): Promise<DirectoryResult> {
	if (result.total > 0 || query.q === '') return result;
	const words = [...new Set(understood.text.match(/[\p{L}\p{N}]+/gu) ?? [])]
		.filter((word) => !STOP_WORDS.has(foldWord(word)))
		.slice(0, MAX_FALLBACK_WORDS);
	const frequent = directoryQueries(query, terms, understood.text, { strategy: 'frequency' });
	const { results } = await searcher.multiSearch<PartnerRow>({
		queries: [...frequent, ...wordCountQueries(query, terms, words)]
	});
	const counts = results.slice(frequent.length).map((r) => r.estimatedTotalHits ?? 0);
	const rank = (word: string, count: number) => (understood.places.includes(word) ? 0 : count);
	const used = words
		.map((word, i) => ({ word, count: counts[i] }))
		.filter(({ count }) => count > 0)
		.sort((a, b) => rank(a.word, a.count) - rank(b.word, b.count));
	if (used.length === 0) {
		return directoryResultOf(searcher, query, terms, understood.text, results.slice(0, frequent.length), {
			strategy: 'frequency'
		});
	}
	const text = used.map(({ word }) => word).join(' ');
	const rarest = await searcher.multiSearch<PartnerRow>({ queries: directoryQueries(query, terms, text) });
	return directoryResultOf(searcher, query, terms, text, rarest.results);
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
