import type { Kysely } from 'kysely';
import type { MatchStatus } from '../db/tables/brokering';
import type { ProposalStatus } from '../db/tables/collaboration';
import type { Database } from '../db/schema';

/** What brokering needs to know of a proposal; the proposals feature owns the table. */
export interface BrokeringProposal {
	id: number;
	slug: string;
	title: string;
	summary: string;
	lookingFor: string;
	status: ProposalStatus;
	author: { id: number; slug: string; name: string };
}

export interface OpenProposal {
	slug: string;
	title: string;
	authorName: string;
	openedAt: string | null;
	suggested: number;
	contacted: number;
	involved: number;
	declined: number;
}

export async function getBrokeringProposal(db: Kysely<Database>, slug: string): Promise<BrokeringProposal | null> {
	const row = await db
		.selectFrom('proposals as p')
		.innerJoin('organizations as o', 'o.id', 'p.organization_id')
		.select([
			'p.id',
			'p.slug',
			'p.title',
			'p.summary',
			'p.looking_for as lookingFor',
			'p.status',
			'o.id as authorId',
			'o.slug as authorSlug',
			'o.name as authorName'
		])
		.where('p.slug', '=', slug)
		.executeTakeFirst();
	if (!row) return null;
	const { authorId, authorSlug, authorName, ...proposal } = row;
	return { ...proposal, author: { id: authorId, slug: authorSlug, name: authorName } };
}

/** Open proposals, most recently opened first, with how many matches each has per status. */
export async function listOpenProposals(
	db: Kysely<Database>,
	{ limit, offset }: { limit: number; offset: number }
): Promise<{ proposals: OpenProposal[]; total: number }> {
	const [rows, total] = await Promise.all([
		db
			.selectFrom('proposals as p')
			.innerJoin('organizations as o', 'o.id', 'p.organization_id')
			.leftJoin('proposal_matches as m', 'm.proposal_id', 'p.id')
			.select((eb) => {
				const count = (status: MatchStatus) =>
					eb.fn.sum<number>(eb.case().when('m.status', '=', status).then(1).else(0).end());
				return [
					'p.slug',
					'p.title',
					'p.opened_at as openedAt',
					'o.name as authorName',
					count('suggested').as('suggested'),
					count('contacted').as('contacted'),
					count('involved').as('involved'),
					count('declined').as('declined')
				];
			})
			.where('p.status', '=', 'open')
			.groupBy('p.id')
			.orderBy('p.opened_at', 'desc')
			.orderBy('p.id', 'desc')
			.limit(limit)
			.offset(offset)
			.execute(),
		db
			.selectFrom('proposals')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where('status', '=', 'open')
			.executeTakeFirstOrThrow()
	]);
	return {
		proposals: rows.map((r) => ({
			...r,
			suggested: Number(r.suggested ?? 0),
			contacted: Number(r.contacted ?? 0),
			involved: Number(r.involved ?? 0),
			declined: Number(r.declined ?? 0)
		})),
		total: Number(total.n)
	};
}
