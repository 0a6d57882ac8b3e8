import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { MatchStatus } from '../db/tables/brokering';
import { loadCandidateProfiles, loadProposalTerms } from './fit-profiles';
import type { BrokeringProposal } from './proposals';
import { compareFit, scoreFit, type TextMatch } from './scoring';
import { buildTextQueryWords } from './text-query';

export interface RankedCandidate {
	organizationId: number;
	slug: string;
	name: string;
	score: number;
	reasons: string[];
	/** The match already recorded for this partner, if any. */
	match: { id: number; status: MatchStatus } | null;
}

/** A partner already in the project team, or one that offered to take part. */
export interface InvolvedOrganization {
	organizationId: number;
	slug: string;
	name: string;
	offer: 'accepted' | 'pending';
}

/** Where a ranking reads from: the database, and the search engine's text relevance (null: not available). */
export interface RankingSource {
	db: Kysely<Database>;
	findTextMatches(words: string[]): Promise<Map<number, TextMatch> | null>;
}

export interface Ranking {
	candidates: RankedCandidate[];
	involved: InvolvedOrganization[];
	/** False when Meilisearch did not answer: the ranking then rests on shared terms alone. */
	textSearchAvailable: boolean;
}

/**
 * Published partners other than the author, ranked by how well they fit the proposal (see
 * scoring.ts); partners without anything in common are left out, partners in the team or with a
 * pending offer are listed apart in `involved`.
 */
export async function rankCandidates(
	source: RankingSource,
	proposal: BrokeringProposal,
	{ limit = Infinity }: { limit?: number } = {}
): Promise<Ranking> {
	const { db } = source;
	const [proposalTerms, profiles, textMatches, involved, matches] = await Promise.all([
		loadProposalTerms(db, proposal.id),
		loadCandidateProfiles(db, proposal.author.id),
		source.findTextMatches(buildTextQueryWords(proposal)),
		listInvolvedOrganizations(db, proposal.id),
		listMatchStatuses(db, proposal.id)
	]);
	const involvedIds = new Set(involved.map((o) => o.organizationId));
	const candidates = profiles
		.filter((profile) => !involvedIds.has(profile.organizationId))
		.map((profile) => ({
			organizationId: profile.organizationId,
			slug: profile.slug,
			name: profile.name,
			...scoreFit(proposalTerms, profile.terms, textMatches?.get(profile.organizationId) ?? null),
			match: matches.get(profile.organizationId) ?? null
		}))
		.filter((candidate) => candidate.score > 0)
		.sort(compareFit)
		.slice(0, limit);
	return { candidates, involved, textSearchAvailable: textMatches !== null };
}

async function listInvolvedOrganizations(db: Kysely<Database>, proposalId: number): Promise<InvolvedOrganization[]> {
	const rows = await db
		.selectFrom('proposal_offers as po')
		.innerJoin('organizations as o', 'o.id', 'po.organization_id')
		.select(['o.id', 'o.slug', 'o.name', 'po.status'])
		.where('po.proposal_id', '=', proposalId)
		.where('po.status', 'in', ['accepted', 'pending'])
		.orderBy('o.name')
		.execute();
	return rows.map((r) => ({
		organizationId: r.id,
		slug: r.slug,
		name: r.name,
		offer: r.status === 'accepted' ? 'accepted' : 'pending'
	}));
}

async function listMatchStatuses(db: Kysely<Database>, proposalId: number) {
	const rows = await db
		.selectFrom('proposal_matches')
		.select(['id', 'organization_id', 'status'])
		.where('proposal_id', '=', proposalId)
		.execute();
	return new Map(rows.map((r) => [r.organization_id, { id: r.id, status: r.status }]));
}

/** The candidate the coordinator picked, as currently ranked; null when it is not (or no longer) a candidate. */
export async function findCandidate(
	source: RankingSource,
	proposal: BrokeringProposal,
	organizationId: number
): Promise<RankedCandidate | null> {
	const { candidates } = await rankCandidates(source, proposal);
	return candidates.find((c) => c.organizationId === organizationId) ?? null;
}
