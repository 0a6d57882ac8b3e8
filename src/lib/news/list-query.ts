import type { NewsKind } from '$lib/server/db/tables/news';

// The public list's GET parameters: art=pressemitteilung|veranstaltung, zeit=kommend|vergangen, seite=N.

export interface NewsListQuery {
	kind: NewsKind | null;
	time: 'upcoming' | 'past' | null;
	page: number;
}

const KINDS: Record<string, NewsKind> = { pressemitteilung: 'press_release', veranstaltung: 'event' };
const TIMES: Record<string, 'upcoming' | 'past'> = { kommend: 'upcoming', vergangen: 'past' };

/** Unknown values count as "no filter", so an old or mistyped link still shows a list. */
export function parseNewsListQuery(params: URLSearchParams): NewsListQuery {
	const page = Number(params.get('seite'));
	return {
		kind: KINDS[params.get('art') ?? ''] ?? null,
		time: TIMES[params.get('zeit') ?? ''] ?? null,
		page: Number.isInteger(page) && page > 1 && page <= 10_000 ? page : 1
	};
}

/** The GET parameters of a query (empty ones left out), e.g. for pagination links. */
export function newsListParams(query: NewsListQuery): URLSearchParams {
	const params = new URLSearchParams();
	const kind = Object.entries(KINDS).find(([, value]) => value === query.kind)?.[0];
	const time = Object.entries(TIMES).find(([, value]) => value === query.time)?.[0];
	if (kind) params.set('art', kind);
	if (time) params.set('zeit', time);
	if (query.page > 1) params.set('seite', String(query.page));
	return params;
}
