// Shapes shared by the directory page, the JSON endpoint /api/suche and the instant search in the browser.

export const FACET_PARAMS = ['kategorie', 'thema', 'zielgruppe', 'ortsteil', 'sprache'] as const;
export type FacetParam = (typeof FACET_PARAMS)[number];

export const SORTS = ['relevanz', 'name'] as const;
export type Sort = (typeof SORTS)[number];

/** The directory's whole state, as it stands in the URL. */
export interface DirectoryQuery {
	q: string;
	kategorie: string[];
	thema: string[];
	zielgruppe: string[];
	ortsteil: string[];
	sprache: string[];
	barrierefrei: boolean;
	sort: Sort;
	seite: number;
}

export interface TermRef {
	code: string;
	label: string;
}

/** Text cut into runs, some of them marked as matching the query; rendered with <mark>, never as HTML. */
export type Highlighted = { text: string; mark: boolean }[];

export interface DirectoryHit {
	slug: string;
	name: Highlighted;
	shortName: string | null;
	category: TermRef;
	summary: Highlighted;
	/** Set when name or summary is the partner's own translation into the page's language. */
	nameLang?: string;
	summaryLang?: string;
	topics: string[];
	ortsteil: string | null;
	address: string | null;
	phone: string | null;
	wheelchairAccessible: boolean;
}

export interface FacetValue {
	code: string;
	label: string;
	count: number;
	selected: boolean;
}

export interface DirectoryResult {
	query: DirectoryQuery;
	hits: DirectoryHit[];
	total: number;
	page: number;
	pageSize: number;
	totalPages: number;
	facets: Record<FacetParam, FacetValue[]> & { barrierefrei: { count: number; selected: boolean } };
	/** True when Meilisearch was unreachable and the answer came straight from SQLite. */
	degraded: boolean;
	/** The search text names acute danger or violence: the emergency numbers come first. */
	danger?: boolean;
	/** "Was tun bei …?" guides matching the text or the one chosen topic. */
	guides?: { slug: string; title: string; summary: string }[];
}
