import type { ProposalQuery } from '../../proposals/query';
import { LISTED_STATUSES, type ProposalAudience } from './types';

/**
 * The Meilisearch filter of a proposal search. Who may see what is decided here, on the server:
 * citizens only ever get public proposals, and nobody gets drafts or withdrawn ones, whatever the
 * index holds. Outer array: all must hold; values are quoted.
 */
export function buildProposalFilter(query: Omit<ProposalQuery, 'q' | 'seite'>, audience: ProposalAudience): string[] {
	const filter = [`status IN [${LISTED_STATUSES.map(quote).join(', ')}]`];
	if (audience === 'public') filter.push('visibility = "public"');
	if (query.status) filter.push(`status = ${quote(query.status)}`);
	if (query.thema) filter.push(`topicCodes = ${quote(query.thema)}`);
	if (query.zielgruppe) filter.push(`targetGroupCodes = ${quote(query.zielgruppe)}`);
	if (query.ortsteil) filter.push(`ortsteilCodes = ${quote(query.ortsteil)}`);
	return filter;
}

function quote(value: string): string {
	return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
