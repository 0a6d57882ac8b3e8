import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { Database } from '../db/schema';
import type { TermRef } from '../partners/types';
import {
	LISTED_STATUSES,
	type ProposalAudience,
	type ProposalDetail,
	type ProposalStatus,
	type ProposalSummary
} from './types';

// The only Kysely for reading proposals. Lists are scoped by who looks (`audience`); a detail is
// read in full, and the caller decides with canSeeProposal() whether the person may see it.

/** The columns of a ProposalSummary, over `proposals as p` joined with `organizations as o`. */
export const PROPOSAL_SUMMARY_COLUMNS = [
	'p.id',
	'p.slug',
	'p.title',
	'p.summary',
	'p.status',
	'p.visibility',
	'p.timeframe',
	'o.name as organizationName'
] as const;

function summaries(db: Kysely<Database>) {
	return db
		.selectFrom('proposals as p')
		.innerJoin('organizations as o', 'o.id', 'p.organization_id')
		.select(PROPOSAL_SUMMARY_COLUMNS);
}

export async function getProposalBySlug(db: Kysely<Database>, slug: string): Promise<ProposalDetail | null> {
	const row = await db
		.selectFrom('proposals as p')
		.innerJoin('organizations as o', 'o.id', 'p.organization_id')
		.leftJoin('action_fields as a', 'a.id', 'p.action_field_id')
		.select([
			...PROPOSAL_SUMMARY_COLUMNS,
			'p.organization_id',
			'o.slug as organizationSlug',
			'p.description',
			'p.looking_for',
			'p.opened_at',
			'p.created_at',
			'p.updated_at',
			'a.id as actionFieldId',
			'a.slug as actionFieldSlug',
			'a.title as actionFieldTitle'
		])
		.where('p.slug', '=', slug)
		.executeTakeFirst();
	if (!row) return null;
	const terms = await listProposalTerms(db, [row.id]);
	const of = (taxonomy: string) =>
		terms.filter((t) => t.taxonomy === taxonomy).map(({ code, label }) => ({ code, label }));
	return {
		id: row.id,
		slug: row.slug,
		title: row.title,
		summary: row.summary,
		status: row.status,
		visibility: row.visibility,
		timeframe: row.timeframe,
		organizationName: row.organizationName,
		organizationId: row.organization_id,
		organizationSlug: row.organizationSlug,
		description: row.description,
		lookingFor: row.looking_for,
		actionField:
			row.actionFieldId !== null
				? { id: row.actionFieldId, slug: row.actionFieldSlug!, title: row.actionFieldTitle! }
				: null,
		topics: of('topic'),
		targetGroups: of('target_group'),
		ortsteile: of('ortsteil'),
		openedAt: row.opened_at,
		createdAt: row.created_at,
		updatedAt: row.updated_at
	};
}

export async function listProposalTerms(db: Kysely<Database>, proposalIds: number[]) {
	if (proposalIds.length === 0) return [];
	return db
		.selectFrom('proposal_terms as pt')
		.innerJoin('taxonomy_terms as t', 't.id', 'pt.term_id')
		.select(['pt.proposal_id', 't.taxonomy', 't.code', 't.label'])
		.where('pt.proposal_id', 'in', proposalIds)
		.orderBy('t.position')
		.orderBy('t.label')
		.execute();
}

/** Proposals linked to a Handlungsfeld, as `audience` may see them (for the progress view). */
export async function listProposalsByActionField(
	db: Kysely<Database>,
	actionFieldId: number,
	audience: ProposalAudience
): Promise<ProposalSummary[]> {
	let query = summaries(db).where('p.action_field_id', '=', actionFieldId).where('p.status', 'in', LISTED_STATUSES);
	if (audience === 'public') query = query.where('p.visibility', '=', 'public');
	return query.orderBy('p.opened_at', 'desc').orderBy('p.id', 'desc').execute();
}

/**
 * Proposals an organization authored. Its own people and the coordinator (`includeDrafts`) see
 * drafts and withdrawn ones too; anyone else only what is listed for `audience`.
 */
export async function listProposalsByOrganization(
	db: Kysely<Database>,
	organizationId: number,
	{ audience = 'partners', includeDrafts = false }: { audience?: ProposalAudience; includeDrafts?: boolean } = {}
): Promise<ProposalSummary[]> {
	let query = summaries(db).where('p.organization_id', '=', organizationId);
	if (!includeDrafts) {
		query = query.where('p.status', 'in', LISTED_STATUSES);
		if (audience === 'public') query = query.where('p.visibility', '=', 'public');
	}
	return query.orderBy('p.updated_at', 'desc').orderBy('p.id', 'desc').execute();
}

/** Proposals of any of these organizations, drafts included: "Meine Projekte" on /intern. */
export async function listProposalsOfOrganizations(
	db: Kysely<Database>,
	organizationIds: number[]
): Promise<ProposalSummary[]> {
	if (organizationIds.length === 0) return [];
	return summaries(db)
		.where('p.organization_id', 'in', organizationIds)
		.orderBy('p.updated_at', 'desc')
		.orderBy('p.id', 'desc')
		.execute();
}

/** Ids of the proposals the search index holds. */
export async function listListedProposalIds(db: Kysely<Database>): Promise<number[]> {
	return idsOf(db.selectFrom('proposals').where('status', 'in', LISTED_STATUSES));
}

/** Ids of every proposal of these organizations: the proposal documents that show their names. */
export async function listProposalIdsOfOrganizations(
	db: Kysely<Database>,
	organizationIds: number[]
): Promise<number[]> {
	if (organizationIds.length === 0) return [];
	return idsOf(db.selectFrom('proposals').where('organization_id', 'in', organizationIds));
}

/** The ids of the proposals the query selects, in ascending order. */
async function idsOf(query: SelectQueryBuilder<Database, 'proposals', object>): Promise<number[]> {
	const rows = await query.select(['id']).orderBy('id').execute();
	return rows.map((r) => r.id);
}

export interface SearchableProposal extends ProposalSummary {
	description: string;
	lookingFor: string;
	openedAt: string | null;
	topics: TermRef[];
	targetGroups: TermRef[];
	ortsteile: TermRef[];
}

/** The listed ones among `ids` with their terms; the others are not (or no longer) searchable. */
export async function getSearchableProposals(db: Kysely<Database>, ids: number[]): Promise<SearchableProposal[]> {
	if (ids.length === 0) return [];
	const rows = await summaries(db)
		.select(['p.description', 'p.looking_for', 'p.opened_at'])
		.where('p.id', 'in', ids)
		.where('p.status', 'in', LISTED_STATUSES)
		.execute();
	const terms = await listProposalTerms(
		db,
		rows.map((r) => r.id)
	);
	return rows.map(({ looking_for, opened_at, ...row }) => {
		const of = (taxonomy: string) =>
			terms
				.filter((t) => t.proposal_id === row.id && t.taxonomy === taxonomy)
				.map(({ code, label }) => ({ code, label }));
		return {
			...row,
			lookingFor: looking_for,
			openedAt: opened_at,
			topics: of('topic'),
			targetGroups: of('target_group'),
			ortsteile: of('ortsteil')
		};
	});
}

export async function getProposalStatus(db: Kysely<Database>, id: number): Promise<ProposalStatus | null> {
	const row = await db.selectFrom('proposals').select(['status']).where('id', '=', id).executeTakeFirst();
	return row?.status ?? null;
}
