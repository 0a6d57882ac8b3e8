import { randomBytes } from 'node:crypto';
import type { MatchingStrategies, MultiSearchQuery, SearchResponse } from 'meilisearch';
import type { DirectoryQuery, DirectoryResult, FacetParam, Highlighted } from '../src/lib/directory/types';
import { FACET_PARAMS } from '../src/lib/directory/types';
import {
	PAGE_SIZE,
	SUMMARY_WORDS,
	buildFacets,
	clampPage,
	pageCount,
	toDirectoryHit,
	type FacetCounts,
	type HitSource,
	type TaxonomyLabels
} from './directory-result';
import { PARTNERS_INDEX } from '../src/lib/server/partners/service';
import { centralitySort } from './documents';
import type { Searcher } from './searcher';

const FACET_ATTRIBUTES: Record<FacetParam, string> = {
	kategorie: 'categoryCode',
	thema: 'topicCodes',
	zielgruppe: 'targetGroupCodes',
	ortsteil: 'ortsteilCodes',
	sprache: 'languageCodes'
};
const ACCESSIBLE = 'wheelchairAccessible';
type Facet = FacetParam | 'barrierefrei';

// A partner cannot guess a tag made up at start-up, so no text of theirs is ever read as a match.
const nonce = randomBytes(8).toString('hex');
const PRE_TAG = `[[hl-${nonce}]]`;
const POST_TAG = `[[/hl-${nonce}]]`;

type Row = HitSource & { name: string; description: string; offer: string };
/** A partner hit as the directory's queries retrieve it. */
export type PartnerRow = Row & { _formatted?: Partial<Row> };
const RETRIEVE: (keyof Row)[] = [
	'slug',
	'name',
	'shortName',
	'category',
	'categoryCode',
	'topics',
	'topicCodes',
	'ortsteile',
	'ortsteilCodes',
	'street',
	'postalCode',
	'city',
	'phones',
	'wheelchairAccessible',
	'description',
	'offer'
];

/**
 * One multi-search: the page of hits with the counts of unselected facets, plus one count-only
 * query per selected facet without its own filter, so that choosing "Polizei" still shows how many
 * partners the other categories would find (disjunctive faceting).
 */
export async function searchPartnersInMeili(
	searcher: Searcher,
	query: DirectoryQuery,
	terms: TaxonomyLabels,
	/** What Meilisearch searches for: the query understanding's reading of query.q. */
	text = query.q
): Promise<DirectoryResult> {
	const { results } = await searcher.multiSearch<Row>({ queries: directoryQueries(query, terms, text) });
	return directoryResultOf(searcher, query, terms, text, results);
}

/**
 * The answers to directoryQueries() (in its order) as a directory page. A page beyond the last
 * costs a second request, for the last page.
 */
export async function directoryResultOf(
	searcher: Searcher,
	query: DirectoryQuery,
	terms: TaxonomyLabels,
	text: string,
	[first, ...countResults]: SearchResponse<PartnerRow>[],
	options: ReadingOptions = {}
): Promise<DirectoryResult> {
	const selected = selectedFacets(query);
	const unselected = [...FACET_PARAMS, 'barrierefrei' as const].filter((f) => !selected.includes(f));
	const total = first.totalHits ?? 0;
	const shownPage = clampPage(query.seite, total);
	const page =
		total > 0 && shownPage !== query.seite
			? (
					await searcher.multiSearch<Row>({
						queries: [hitsQuery(query, text, terms, [], shownPage, options)]
					})
				).results[0]
			: first;

	const counts = emptyCounts();
	for (const facet of unselected) addCounts(counts, facet, first);
	selected.forEach((facet, i) => addCounts(counts, facet, countResults[i]));
	return {
		query: { ...query, seite: shownPage },
		hits: page.hits.map((hit) => directoryHitOf(hit, terms)),
		total,
		page: shownPage,
		pageSize: PAGE_SIZE,
		totalPages: pageCount(total),
		facets: buildFacets(query, terms, counts),
		degraded: false
	};
}

/** How the query understanding's reading of a text is searched. */
export interface ReadingOptions {
	/** Meilisearch's own matching strategy ('last': words are dropped from the end) unless given. */
	strategy?: MatchingStrategies;
	/**
	 * Topics the text was read as naming: among equally good text matches, partners central to them
	 * lead, unless the citizen chose topics themselves.
	 */
	boostTopics?: string[];
}

/**
 * The multi-search for a directory page: its hits with the unselected facets' counts, then one count
 * per selected facet.
 */
export function directoryQueries(
	query: DirectoryQuery,
	terms: TaxonomyLabels,
	text = query.q,
	options: ReadingOptions = {}
): MultiSearchQuery[] {
	const { strategy } = options;
	const selected = selectedFacets(query);
	const unselected = [...FACET_PARAMS, 'barrierefrei' as const].filter((f) => !selected.includes(f));
	const countQueries = selected.map((facet) => ({
		indexUid: PARTNERS_INDEX,
		q: text,
		filter: buildFilter(query, terms, facet),
		facets: [attributeOf(facet)],
		limit: 0,
		...(strategy && { matchingStrategy: strategy })
	}));
	return [hitsQuery(query, text, terms, unselected, query.seite, options), ...countQueries];
}

/**
 * One count per word of a text that found nothing (in directoryQueries' filters): which of its words
 * any partner uses at all. Meilisearch never drops a word no partner uses, whatever the strategy.
 */
export function wordCountQueries(query: DirectoryQuery, terms: TaxonomyLabels, words: string[]): MultiSearchQuery[] {
	const filter = buildFilter(query, terms);
	// A space after the word: as the last word of a query it would be a prefix ("got" → "Gottesdienst").
	return words.map((word) => ({ indexUid: PARTNERS_INDEX, q: `${word} `, filter, limit: 0 }));
}

/** A hit of directoryQueries() as a result row, with its highlights. */
export function directoryHitOf(hit: PartnerRow, terms: TaxonomyLabels) {
	return toDirectoryHit(hit, terms, {
		name: splitHighlights(hit._formatted?.name ?? hit.name),
		summary: summaryOf(hit)
	});
}

/** Cuts Meilisearch's formatted text at the tags into marked and unmarked runs. */
export function splitHighlights(formatted: string): Highlighted {
	const runs: Highlighted = [];
	const push = (text: string, mark: boolean) => {
		if (!text) return;
		const last = runs.at(-1);
		if (last && last.mark === mark) last.text += text;
		else runs.push({ text, mark });
	};
	const [before, ...rest] = formatted.split(PRE_TAG);
	push(before, false);
	for (const part of rest) {
		const end = part.indexOf(POST_TAG);
		if (end === -1) {
			push(part, true);
			continue;
		}
		push(part.slice(0, end), true);
		push(
			part
				.slice(end + POST_TAG.length)
				.split(POST_TAG)
				.join(''),
			false
		);
	}
	return runs;
}

function hitsQuery(
	query: DirectoryQuery,
	text: string,
	terms: TaxonomyLabels,
	facets: Facet[],
	page: number,
	{ strategy, boostTopics = [] }: ReadingOptions
) {
	return {
		indexUid: PARTNERS_INDEX,
		q: text,
		...(strategy && { matchingStrategy: strategy }),
		filter: buildFilter(query, terms),
		facets: facets.map(attributeOf),
		hitsPerPage: PAGE_SIZE,
		page,
		sort: sortOf(query, boostTopics),
		attributesToRetrieve: RETRIEVE,
		attributesToHighlight: ['name', 'description', 'offer'],
		attributesToCrop: ['description', 'offer'],
		cropLength: SUMMARY_WORDS,
		cropMarker: '…',
		highlightPreTag: PRE_TAG,
		highlightPostTag: POST_TAG
	} satisfies MultiSearchQuery;
}

/**
 * Chosen by name: A–Z. Otherwise the partners for whom a chosen topic or target group is central
 * first (with a search text, Meilisearch applies this after its text relevance rules); a search text
 * read as naming topics, without topics chosen, ranks by those the same way; without a search text
 * there is nothing else to rank by, and A–Z reads better than index order.
 */
function sortOf(query: DirectoryQuery, boostTopics: string[]): string[] | undefined {
	if (query.sort === 'name') return ['nameSort:asc'];
	const read = query.thema.length === 0 && query.q !== '' && boostTopics.length > 0;
	const central = centralitySort(read ? { ...query, thema: boostTopics } : query);
	if (query.q !== '') return central;
	return [...(central ?? []), 'nameSort:asc'];
}

/** Outer array: all must hold; inner arrays: any of them. Values are known codes, quoted anyway. */
function buildFilter(query: DirectoryQuery, terms: TaxonomyLabels, without?: Facet): (string | string[])[] {
	const filter: (string | string[])[] = [];
	for (const facet of FACET_PARAMS) {
		if (facet === without) continue;
		const known = new Set(terms[facet].map((t) => t.code));
		const codes = query[facet].filter((code) => known.has(code));
		if (codes.length > 0) filter.push(codes.map((code) => `${FACET_ATTRIBUTES[facet]} = ${quote(code)}`));
	}
	if (query.barrierefrei && without !== 'barrierefrei') filter.push(`${ACCESSIBLE} = true`);
	return filter;
}

function quote(value: string): string {
	return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function selectedFacets(query: DirectoryQuery): Facet[] {
	const selected: Facet[] = FACET_PARAMS.filter((facet) => query[facet].length > 0);
	if (query.barrierefrei) selected.push('barrierefrei');
	return selected;
}

function attributeOf(facet: Facet): string {
	return facet === 'barrierefrei' ? ACCESSIBLE : FACET_ATTRIBUTES[facet];
}

function emptyCounts(): FacetCounts {
	return { kategorie: {}, thema: {}, zielgruppe: {}, ortsteil: {}, sprache: {}, barrierefrei: 0 };
}

function addCounts(counts: FacetCounts, facet: Facet, result: SearchResponse<Row>): void {
	const distribution = result.facetDistribution?.[attributeOf(facet)] ?? {};
	if (facet === 'barrierefrei') counts.barrierefrei = distribution['true'] ?? 0;
	else counts[facet] = distribution;
}

/** The cropped description, or the offer when only the offer matches the query. */
function summaryOf(hit: Row & { _formatted?: Partial<Row> }): Highlighted {
	const description = hit._formatted?.description ?? hit.description;
	const offer = hit._formatted?.offer ?? hit.offer;
	const chosen = !description.includes(PRE_TAG) && offer.includes(PRE_TAG) ? offer : description || offer;
	return splitHighlights(chosen);
}
