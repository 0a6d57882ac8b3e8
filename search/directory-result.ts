import type {
	DirectoryHit,
	DirectoryQuery,
	DirectoryResult,
	FacetParam,
	Highlighted,
	TermRef
} from '../src/lib/directory/types';
import { FACET_PARAMS } from '../src/lib/directory/types';
import type { PartnerDocument } from './documents';

// Shapes a DirectoryResult the same way whether the answer came from Meilisearch or from SQLite.

export const PAGE_SIZE = 10;
export const SUMMARY_WORDS = 24;

/** Every term of each taxonomy the directory filters by, keyed by URL parameter, in display order. */
export type TaxonomyLabels = Record<FacetParam, TermRef[]>;

/** How many partners each facet value would find, counted without that facet's own selection. */
export type FacetCounts = Record<FacetParam, Record<string, number>> & { barrierefrei: number };

/** The fields of a partner document a result row shows. */
export type HitSource = Pick<
	PartnerDocument,
	| 'slug'
	| 'shortName'
	| 'category'
	| 'categoryCode'
	| 'topics'
	| 'topicCodes'
	| 'ortsteile'
	| 'ortsteilCodes'
	| 'street'
	| 'postalCode'
	| 'city'
	| 'phones'
	| 'wheelchairAccessible'
>;

/** The query with facet values the taxonomies do not know taken out. */
export function withKnownCodes(query: DirectoryQuery, terms: TaxonomyLabels): DirectoryQuery {
	const known = { ...query };
	for (const facet of FACET_PARAMS) {
		const codes = new Set(terms[facet].map((t) => t.code));
		known[facet] = query[facet].filter((code) => codes.has(code));
	}
	return known;
}

/** Facet values in taxonomy order: those that would find something, and those already selected. */
export function buildFacets(
	query: DirectoryQuery,
	terms: TaxonomyLabels,
	counts: FacetCounts
): DirectoryResult['facets'] {
	const facets = {} as Record<FacetParam, DirectoryResult['facets'][FacetParam]>;
	for (const facet of FACET_PARAMS) {
		const selected = new Set(query[facet]);
		facets[facet] = terms[facet]
			.map((t) => ({ ...t, count: counts[facet][t.code] ?? 0, selected: selected.has(t.code) }))
			.filter((v) => v.count > 0 || v.selected);
	}
	return { ...facets, barrierefrei: { count: counts.barrierefrei, selected: query.barrierefrei } };
}

export function toDirectoryHit(
	doc: HitSource,
	terms: TaxonomyLabels,
	highlights: { name: Highlighted; summary: Highlighted }
): DirectoryHit {
	const label = (facet: FacetParam, code: string, fallback: string) =>
		terms[facet].find((t) => t.code === code)?.label ?? fallback;
	const ortsteilCode = doc.ortsteilCodes[0];
	return {
		slug: doc.slug,
		name: highlights.name,
		shortName: doc.shortName,
		category: { code: doc.categoryCode, label: label('kategorie', doc.categoryCode, doc.category) },
		summary: highlights.summary,
		topics: doc.topicCodes.map((code, i) => label('thema', code, doc.topics[i] ?? code)),
		ortsteil: ortsteilCode ? label('ortsteil', ortsteilCode, doc.ortsteile[0] ?? ortsteilCode) : null,
		address: doc.street ? `${doc.street}, ${[doc.postalCode, doc.city].filter(Boolean).join(' ')}` : null,
		phone: doc.phones[0] ?? null,
		wheelchairAccessible: doc.wheelchairAccessible
	};
}

export function plainText(text: string): Highlighted {
	return text ? [{ text, mark: false }] : [];
}

/** The first words of a text, marked as cut when there is more. */
export function cropWords(text: string, words = SUMMARY_WORDS): string {
	const all = text.trim().split(/\s+/).filter(Boolean);
	return all.length > words ? `${all.slice(0, words).join(' ')}…` : all.join(' ');
}

export function pageCount(total: number): number {
	return Math.ceil(total / PAGE_SIZE);
}

/** The page to show: the one asked for, or the last one when the question points beyond it. */
export function clampPage(requested: number, total: number): number {
	return Math.max(1, Math.min(requested, pageCount(total)));
}

/** Places on the first page where the reading by concept keeps its hits before literal ones. */
const READING_LEADS = 3;
const LITERAL_HITS = 2;

/**
 * A compound read as its known part ("Fahrrad|codierung" as traffic safety) finds that concept's
 * partners; a partner who wrote the very word may lack the concept's terms. Its hits join the
 * first page after the leading ones; with no hit by concept, the literal search answers alone.
 */
export function withLiteralHits(reading: DirectoryResult, literal: DirectoryResult): DirectoryResult {
	if (reading.total === 0) return literal;
	const shown = new Set(reading.hits.map((hit) => hit.slug));
	const extra = literal.hits.filter((hit) => !shown.has(hit.slug)).slice(0, LITERAL_HITS);
	if (extra.length === 0) return reading;
	const hits = [...reading.hits.slice(0, READING_LEADS), ...extra, ...reading.hits.slice(READING_LEADS)];
	return { ...reading, hits: hits.slice(0, reading.pageSize) };
}
