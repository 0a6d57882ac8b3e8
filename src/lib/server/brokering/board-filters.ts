import { MATCH_STATUS_LABELS, PROPOSAL_STATUS_LABELS } from '../../brokering/labels';
import type { MatchStatus } from '../db/tables/brokering';
import type { ProposalStatus } from '../db/tables/collaboration';
import type { BoardFilters } from './board';
import { readPage } from './paging';

/**
 * The board's GET filters: `status` (a match status) and `vorhaben` (a proposal status), by their
 * German labels as the filter form sends them; unknown values mean "all".
 */
export function parseBoardFilters(url: URL): BoardFilters {
	return {
		status: codeOf(MATCH_STATUS_LABELS, url.searchParams.get('status')) as MatchStatus | null,
		proposalStatus: codeOf(PROPOSAL_STATUS_LABELS, url.searchParams.get('vorhaben')) as ProposalStatus | null,
		page: readPage(url)
	};
}

/** The query string of the same filters on another page. */
export function boardQuery(filters: BoardFilters, page: number): string {
	const params = new URLSearchParams();
	if (filters.status) params.set('status', MATCH_STATUS_LABELS[filters.status]);
	if (filters.proposalStatus) params.set('vorhaben', PROPOSAL_STATUS_LABELS[filters.proposalStatus]);
	if (page > 1) params.set('seite', String(page));
	return params.size > 0 ? `?${params}` : '';
}

function codeOf(labels: Record<string, string>, label: string | null): string | null {
	return Object.entries(labels).find(([, value]) => value === label)?.[0] ?? null;
}
