// The marker a search puts on its result links, so the opened page can count one opened result for
// the query without JavaScript, cookies or anything that tells visitors apart (README "Suchlücken").

export const MARKER_QUERY = 'suche';
export const MARKER_SOURCE = 'von';

export type SearchGapKind = 'directory' | 'portal';

const SOURCES: Record<SearchGapKind, string> = { directory: 'netzwerk', portal: 'portal' };

/** `?suche=…&von=…` for a result link of a search for `q`; empty when there is no query. */
export function resultMarker(q: string, kind: SearchGapKind): string {
	const text = q.trim();
	if (text === '') return '';
	return `?${new URLSearchParams({ [MARKER_QUERY]: text, [MARKER_SOURCE]: SOURCES[kind] })}`;
}

/** The search a result page was opened from, or null when the address carries no marker. */
export function readResultMarker(params: URLSearchParams): { q: string; kind: SearchGapKind } | null {
	const q = params.get(MARKER_QUERY);
	const source = params.get(MARKER_SOURCE);
	const kind = (Object.keys(SOURCES) as SearchGapKind[]).find((k) => SOURCES[k] === source);
	return q && kind ? { q, kind } : null;
}

/** The address without the marker: what the page's canonical and alternate links name. */
export function withoutResultMarker(url: URL): URL {
	const clean = new URL(url);
	clean.searchParams.delete(MARKER_QUERY);
	clean.searchParams.delete(MARKER_SOURCE);
	return clean;
}
