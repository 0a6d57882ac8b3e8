import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Offer, ProposalComment, TeamMember } from './types';

// Reads around one proposal: its team, the offers to join, the comments and who follows it.

/** The organizations whose offer the author accepted. */
export async function listProposalTeam(db: Kysely<Database>, proposalId: number): Promise<TeamMember[]> {
	return db
		.selectFrom('proposal_offers as f')
		.innerJoin('organizations as o', 'o.id', 'f.organization_id')
		.select(['o.name as organizationName', 'o.slug as organizationSlug'])
		.where('f.proposal_id', '=', proposalId)
		.where('f.status', '=', 'accepted')
		.orderBy('f.decided_at')
		.execute();
}

/** Every offer, open ones first: only for the author's organization and the coordinator. */
export async function listOffers(db: Kysely<Database>, proposalId: number): Promise<Offer[]> {
	const rows = await db
		.selectFrom('proposal_offers as f')
		.innerJoin('organizations as o', 'o.id', 'f.organization_id')
		.leftJoin('users as u', 'u.id', 'f.offered_by')
		.select([
			'f.id',
			'o.name as organizationName',
			'o.slug as organizationSlug',
			'u.name as offeredBy',
			'f.message',
			'f.status',
			'f.created_at'
		])
		.where('f.proposal_id', '=', proposalId)
		.orderBy((eb) => eb.case().when('f.status', '=', 'pending').then(0).else(1).end())
		.orderBy('f.id')
		.execute();
	return rows.map(({ created_at, ...r }) => ({ ...r, createdAt: created_at }));
}

/** The offer one of these organizations made, if any (so the form is not shown twice). */
export async function findOwnOffer(db: Kysely<Database>, proposalId: number, organizationIds: number[]) {
	if (organizationIds.length === 0) return null;
	return (
		(await db
			.selectFrom('proposal_offers as f')
			.innerJoin('organizations as o', 'o.id', 'f.organization_id')
			.select(['f.id', 'f.status', 'o.name as organizationName'])
			.where('f.proposal_id', '=', proposalId)
			.where('f.organization_id', 'in', organizationIds)
			.executeTakeFirst()) ?? null
	);
}

/** Open offers made to, or by, any of these organizations: for "Meine Projekte" on /intern. */
export async function listOpenOffersOfOrganizations(db: Kysely<Database>, organizationIds: number[]) {
	if (organizationIds.length === 0) return [];
	const rows = await db
		.selectFrom('proposal_offers as f')
		.innerJoin('proposals as p', 'p.id', 'f.proposal_id')
		.innerJoin('organizations as o', 'o.id', 'f.organization_id')
		.select([
			'f.id',
			'p.slug',
			'p.title',
			'p.organization_id',
			'o.name as organizationName',
			'f.organization_id as offeringId'
		])
		.where('f.status', '=', 'pending')
		.where((eb) =>
			eb.or([eb('p.organization_id', 'in', organizationIds), eb('f.organization_id', 'in', organizationIds)])
		)
		.orderBy('f.id', 'desc')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		slug: r.slug,
		title: r.title,
		organizationName: r.organizationName,
		received: organizationIds.includes(r.organization_id)
	}));
}

export async function listComments(
	db: Kysely<Database>,
	proposalId: number,
	{ includeHidden }: { includeHidden: boolean }
): Promise<ProposalComment[]> {
	let query = db
		.selectFrom('proposal_comments as c')
		.leftJoin('users as u', 'u.id', 'c.author_id')
		.leftJoin('organizations as o', 'o.id', 'c.organization_id')
		.select(['c.id', 'u.name as authorName', 'o.name as organizationName', 'c.body', 'c.hidden_at', 'c.created_at'])
		.where('c.proposal_id', '=', proposalId);
	if (!includeHidden) query = query.where('c.hidden_at', 'is', null);
	const rows = await query.orderBy('c.id').execute();
	return rows.map(({ hidden_at, created_at, ...r }) => ({ ...r, hidden: hidden_at !== null, createdAt: created_at }));
}

export async function isFollowing(db: Kysely<Database>, proposalId: number, userId: number): Promise<boolean> {
	const row = await db
		.selectFrom('proposal_followers')
		.select(['user_id'])
		.where('proposal_id', '=', proposalId)
		.where('user_id', '=', userId)
		.executeTakeFirst();
	return row !== undefined;
}
