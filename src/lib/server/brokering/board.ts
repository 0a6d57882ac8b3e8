import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { MatchStatus } from '../db/tables/brokering';
import type { ProposalStatus } from '../db/tables/collaboration';
import { syncInvolvedMatches } from './matches';

export const BOARD_PAGE_SIZE = 50;

export interface BoardFilters {
	status: MatchStatus | null;
	proposalStatus: ProposalStatus | null;
	page: number;
}

export interface BoardMatch {
	id: number;
	status: MatchStatus;
	proposal: { slug: string; title: string };
	organization: { slug: string; name: string };
	introducedAt: string | null;
	updatedAt: string;
}

export interface BoardProposal {
	slug: string;
	title: string;
	status: ProposalStatus;
	authorName: string;
	teamSize: number;
	matches: number;
}

export interface Board {
	matches: BoardMatch[];
	totalMatches: number;
	proposals: BoardProposal[];
}

/**
 * All matches (a page, newest change first) and all proposals beyond the draft stage with the
 * size of their team. Matches of organizations whose offer was accepted meanwhile become
 * "beteiligt" first.
 */
export async function loadBoard(db: Kysely<Database>, filters: BoardFilters): Promise<Board> {
	await syncInvolvedMatches(db);
	let matches = db
		.selectFrom('proposal_matches as m')
		.innerJoin('proposals as p', 'p.id', 'm.proposal_id')
		.innerJoin('organizations as o', 'o.id', 'm.organization_id');
	if (filters.status) matches = matches.where('m.status', '=', filters.status);
	if (filters.proposalStatus) matches = matches.where('p.status', '=', filters.proposalStatus);

	let proposals = db
		.selectFrom('proposals as p')
		.innerJoin('organizations as o', 'o.id', 'p.organization_id')
		.select((eb) => [
			'p.slug',
			'p.title',
			'p.status',
			'o.name as authorName',
			eb
				.selectFrom('proposal_offers as po')
				.select((inner) => inner.fn.countAll<number>().as('n'))
				.whereRef('po.proposal_id', '=', 'p.id')
				.where('po.status', '=', 'accepted')
				.as('teamSize'),
			eb
				.selectFrom('proposal_matches as pm')
				.select((inner) => inner.fn.countAll<number>().as('n'))
				.whereRef('pm.proposal_id', '=', 'p.id')
				.as('matches')
		])
		.where('p.status', '!=', 'draft');
	if (filters.proposalStatus) proposals = proposals.where('p.status', '=', filters.proposalStatus);

	const [rows, total, proposalRows] = await Promise.all([
		matches
			.select([
				'm.id',
				'm.status',
				'p.slug as proposalSlug',
				'p.title',
				'o.slug as organizationSlug',
				'o.name',
				'm.introduced_at',
				'm.updated_at'
			])
			.orderBy('m.updated_at', 'desc')
			.orderBy('m.id', 'desc')
			.limit(BOARD_PAGE_SIZE)
			.offset((filters.page - 1) * BOARD_PAGE_SIZE)
			.execute(),
		matches.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
		proposals.orderBy('p.updated_at', 'desc').execute()
	]);
	return {
		matches: rows.map((r) => ({
			id: r.id,
			status: r.status,
			proposal: { slug: r.proposalSlug, title: r.title },
			organization: { slug: r.organizationSlug, name: r.name },
			introducedAt: r.introduced_at,
			updatedAt: r.updated_at
		})),
		totalMatches: Number(total.n),
		proposals: proposalRows.map((r) => ({
			slug: r.slug,
			title: r.title,
			status: r.status,
			authorName: r.authorName,
			teamSize: Number(r.teamSize ?? 0),
			matches: Number(r.matches ?? 0)
		}))
	};
}
