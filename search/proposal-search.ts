import { sql, type Kysely } from 'kysely';
import type { Database } from '../src/lib/server/db/schema';
import { PROPOSAL_SUMMARY_COLUMNS } from '../src/lib/server/proposals/queries';
import { buildProposalFilter } from '../src/lib/server/proposals/search-filter';
import { PROPOSALS_INDEX } from '../src/lib/server/proposals/service';
import { LISTED_STATUSES, type ProposalAudience, type ProposalSearchResult } from '../src/lib/server/proposals/types';
import { PROPOSALS_PAGE_SIZE, type ProposalQuery } from '../src/lib/proposals/query';
import type { SearchConnection } from './connection';
import type { ProposalDocument } from './proposal-documents';
import { searchWithFallback } from './with-fallback';

const RETRIEVE: (keyof ProposalDocument)[] = [
	'id',
	'slug',
	'title',
	'summary',
	'status',
	'visibility',
	'organizationName',
	'timeframe',
	'topics',
	'ortsteile'
];

/** Proposals `audience` may find; the Meilisearch filter, not the page, decides what that is. */
export async function searchProposals(
	db: Kysely<Database>,
	search: SearchConnection,
	query: ProposalQuery,
	audience: ProposalAudience
): Promise<ProposalSearchResult> {
	return searchWithFallback(
		search,
		PROPOSALS_INDEX,
		async (searcher) => {
			const {
				results: [result]
			} = await searcher.multiSearch<ProposalDocument>({
				queries: [
					{
						indexUid: PROPOSALS_INDEX,
						q: query.q,
						filter: buildProposalFilter(query, audience),
						hitsPerPage: PROPOSALS_PAGE_SIZE,
						page: query.seite,
						sort: query.q === '' ? ['openedAt:desc'] : undefined,
						attributesToRetrieve: RETRIEVE
					}
				]
			});
			const total = result.totalHits ?? 0;
			return {
				hits: result.hits,
				total,
				page: query.seite,
				totalPages: Math.ceil(total / PROPOSALS_PAGE_SIZE),
				degraded: false
			};
		},
		() => searchProposalsInDatabase(db, query, audience)
	);
}

/** The fallback: the same visibility rules and filters, the text matched as a substring. */
export async function searchProposalsInDatabase(
	db: Kysely<Database>,
	query: ProposalQuery,
	audience: ProposalAudience
): Promise<ProposalSearchResult> {
	let base = db
		.selectFrom('proposals as p')
		.innerJoin('organizations as o', 'o.id', 'p.organization_id')
		.where('p.status', 'in', query.status ? [query.status] : LISTED_STATUSES);
	if (audience === 'public') base = base.where('p.visibility', '=', 'public');
	if (query.q) {
		// instr() takes the text literally: no LIKE wildcards to escape.
		const contains = (column: string) => sql<boolean>`instr(lower(${sql.ref(column)}), lower(${query.q})) > 0`;
		base = base.where((eb) => eb.or([contains('p.title'), contains('p.summary'), contains('p.looking_for')]));
	}
	for (const [taxonomy, code] of [
		['topic', query.thema],
		['target_group', query.zielgruppe],
		['ortsteil', query.ortsteil]
	] as const) {
		if (!code) continue;
		base = base.where((eb) =>
			eb.exists(
				eb
					.selectFrom('proposal_terms as pt')
					.innerJoin('taxonomy_terms as t', 't.id', 'pt.term_id')
					.select('pt.term_id')
					.whereRef('pt.proposal_id', '=', 'p.id')
					.where('t.taxonomy', '=', taxonomy)
					.where('t.code', '=', code)
			)
		);
	}
	const { count } = await base.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
	const rows = await base
		.select(PROPOSAL_SUMMARY_COLUMNS)
		.orderBy('p.opened_at', 'desc')
		.orderBy('p.id', 'desc')
		.limit(PROPOSALS_PAGE_SIZE)
		.offset((query.seite - 1) * PROPOSALS_PAGE_SIZE)
		.execute();
	const terms = await db
		.selectFrom('proposal_terms as pt')
		.innerJoin('taxonomy_terms as t', 't.id', 'pt.term_id')
		.select(['pt.proposal_id', 't.taxonomy', 't.label'])
		.where('pt.proposal_id', 'in', rows.length > 0 ? rows.map((r) => r.id) : [0])
		.where('t.taxonomy', 'in', ['topic', 'ortsteil'])
		.orderBy('t.position')
		.execute();
	const labels = (id: number, taxonomy: string) =>
		terms.filter((t) => t.proposal_id === id && t.taxonomy === taxonomy).map((t) => t.label);
	const total = Number(count);
	return {
		hits: rows.map((r) => ({ ...r, topics: labels(r.id, 'topic'), ortsteile: labels(r.id, 'ortsteil') })),
		total,
		page: query.seite,
		totalPages: Math.ceil(total / PROPOSALS_PAGE_SIZE),
		degraded: true
	};
}
