import { FACET_PARAMS, SORTS, type DirectoryQuery, type Sort } from './types';

// Reads and writes the directory's URL. Pure: the page, the JSON endpoint and the browser share it.

export const MAX_QUERY_LENGTH = 200;
export const MAX_VALUES_PER_FACET = 20;
export const MAX_PAGE = 1000;
const MAX_CODE_LENGTH = 64;
const TRUTHY = new Set(['1', 'ja', 'true', 'on']);

export const DEFAULT_QUERY: DirectoryQuery = {
	q: '',
	kategorie: [],
	thema: [],
	zielgruppe: [],
	ortsteil: [],
	sprache: [],
	barrierefrei: false,
	sort: 'relevanz',
	seite: 1
};

/**
 * Never throws: whatever stands in the URL becomes a valid query. Facet values are only cleaned
 * here; the server drops codes its taxonomies do not know. `sort` stays as given even without a
 * search text; the search itself orders by name when there is nothing to rank by.
 */
export function parseDirectoryQuery(params: URLSearchParams): DirectoryQuery {
	const query: DirectoryQuery = {
		...DEFAULT_QUERY,
		q: cleanText(params.get('q') ?? ''),
		barrierefrei: TRUTHY.has((params.get('barrierefrei') ?? '').trim().toLowerCase()),
		sort: parseSort(params.get('sort')),
		seite: parsePage(params.get('seite'))
	};
	for (const facet of FACET_PARAMS) query[facet] = cleanCodes(params.getAll(facet));
	return query;
}

/**
 * The canonical URL parameters of a query, defaults left out. Overrides that change anything but
 * the page start again at page 1 (a new filter makes the old page number meaningless), unless they
 * name a page themselves.
 */
export function directoryQueryToParams(
	query: DirectoryQuery,
	overrides: Partial<DirectoryQuery> = {}
): URLSearchParams {
	const changesResults = Object.keys(overrides).some((key) => key !== 'seite');
	const merged: DirectoryQuery = {
		...query,
		...(changesResults ? { seite: 1 } : {}),
		...overrides
	};
	const params = new URLSearchParams();
	if (merged.q) params.set('q', merged.q);
	for (const facet of FACET_PARAMS) {
		for (const code of [...new Set(merged[facet])].sort()) params.append(facet, code);
	}
	if (merged.barrierefrei) params.set('barrierefrei', '1');
	if (merged.sort !== DEFAULT_QUERY.sort) params.set('sort', merged.sort);
	if (merged.seite > 1) params.set('seite', String(merged.seite));
	return params;
}

function cleanText(raw: string): string {
	return raw
		.replace(/[\p{Cc}\p{Cf}]/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, MAX_QUERY_LENGTH)
		.trim();
}

function cleanCodes(raw: string[]): string[] {
	const codes = new Set<string>();
	for (const value of raw) {
		const code = value
			.toLowerCase()
			.replace(/[^a-z0-9-]/g, '')
			.slice(0, MAX_CODE_LENGTH);
		if (code) codes.add(code);
		if (codes.size === MAX_VALUES_PER_FACET) break;
	}
	return [...codes];
}

function parseSort(raw: string | null): Sort {
	return SORTS.find((sort) => sort === raw) ?? DEFAULT_QUERY.sort;
}

function parsePage(raw: string | null): number {
	if (raw === null || !/^\d+$/.test(raw.trim())) return 1;
	const page = Number(raw.trim());
	return page < 1 ? 1 : Math.min(page, MAX_PAGE);
}
