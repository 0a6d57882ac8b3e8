import { LISTED_STATUSES, type ListedStatus } from './status';

/** The /projekte search form (GET): text, one value per filter, page. */
export interface ProposalQuery {
	q: string;
	thema: string;
	zielgruppe: string;
	ortsteil: string;
	status: ListedStatus | '';
	seite: number;
}

export const PROPOSALS_PAGE_SIZE = 10;

export function parseProposalQuery(params: URLSearchParams): ProposalQuery {
	const status = params.get('status') ?? '';
	const page = Number(params.get('seite'));
	return {
		q: (params.get('q') ?? '').trim().slice(0, 200),
		thema: params.get('thema') ?? '',
		zielgruppe: params.get('zielgruppe') ?? '',
		ortsteil: params.get('ortsteil') ?? '',
		status: (LISTED_STATUSES as readonly string[]).includes(status) ? (status as ListedStatus) : '',
		seite: Number.isInteger(page) && page > 1 ? Math.min(page, 1000) : 1
	};
}

/** The query as URL parameters, without empty ones; `seite` overrides the page. */
export function proposalQueryToParams(query: ProposalQuery, { seite }: { seite?: number } = {}): URLSearchParams {
	const params = new URLSearchParams();
	for (const key of ['q', 'thema', 'zielgruppe', 'ortsteil', 'status'] as const)
		if (query[key]) params.set(key, query[key]);
	const page = seite ?? query.seite;
	if (page > 1) params.set('seite', String(page));
	return params;
}
