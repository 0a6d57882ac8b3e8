import type { Kysely } from 'kysely';
import type { Database, Taxonomy } from '../db/schema';
import type { FitTerm, FitTerms } from './scoring';

export interface CandidateProfile {
	organizationId: number;
	slug: string;
	name: string;
	terms: FitTerms;
}

type TermRow = { owner: number; id: number; label: string; taxonomy: Taxonomy };

/** Topics, target groups and Ortsteile of one proposal. */
export async function loadProposalTerms(db: Kysely<Database>, proposalId: number): Promise<FitTerms> {
	const rows = await db
		.selectFrom('proposal_terms as pt')
		.innerJoin('taxonomy_terms as t', 't.id', 'pt.term_id')
		.select(['pt.proposal_id as owner', 't.id', 't.label', 't.taxonomy'])
		.where('pt.proposal_id', '=', proposalId)
		.orderBy('t.position')
		.execute();
	return groupTerms(rows).get(proposalId) ?? emptyTerms();
}

/**
 * Every published organization except `excludedId` (the proposal's author) with its topics,
 * target groups and Ortsteile; an organization works in the Ortsteile it names and in those of
 * its addresses.
 */
export async function loadCandidateProfiles(db: Kysely<Database>, excludedId: number): Promise<CandidateProfile[]> {
	const [organizations, named, located] = await Promise.all([
		db
			.selectFrom('organizations')
			.select(['id', 'slug', 'name'])
			.where('status', '=', 'published')
			.where('id', '!=', excludedId)
			.execute(),
		db
			.selectFrom('organization_terms as ot')
			.innerJoin('organizations as o', 'o.id', 'ot.organization_id')
			.innerJoin('taxonomy_terms as t', 't.id', 'ot.term_id')
			.select(['ot.organization_id as owner', 't.id', 't.label', 't.taxonomy'])
			.where('o.status', '=', 'published')
			.where('t.taxonomy', 'in', ['topic', 'target_group', 'ortsteil'])
			.orderBy('t.position')
			.execute(),
		db
			.selectFrom('locations as l')
			.innerJoin('organizations as o', 'o.id', 'l.organization_id')
			.innerJoin('taxonomy_terms as t', 't.id', 'l.ortsteil_id')
			.select(['l.organization_id as owner', 't.id', 't.label', 't.taxonomy'])
			.where('o.status', '=', 'published')
			.execute()
	]);
	const terms = groupTerms([...named, ...located]);
	return organizations.map((o) => ({
		organizationId: o.id,
		slug: o.slug,
		name: o.name,
		terms: terms.get(o.id) ?? emptyTerms()
	}));
}

function groupTerms(rows: TermRow[]): Map<number, FitTerms> {
	const byOwner = new Map<number, FitTerms>();
	for (const row of rows) {
		const terms = byOwner.get(row.owner) ?? emptyTerms();
		byOwner.set(row.owner, terms);
		const list = listFor(terms, row.taxonomy);
		if (list && !list.some((term) => term.id === row.id)) list.push({ id: row.id, label: row.label });
	}
	return byOwner;
}

function listFor(terms: FitTerms, taxonomy: Taxonomy): FitTerm[] | null {
	if (taxonomy === 'topic') return terms.topics;
	if (taxonomy === 'target_group') return terms.targetGroups;
	if (taxonomy === 'ortsteil') return terms.ortsteile;
	return null;
}

function emptyTerms(): FitTerms {
	return { topics: [], targetGroups: [], ortsteile: [] };
}
