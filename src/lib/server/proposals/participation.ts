import type { Kysely } from 'kysely';
import { markMatchInvolved } from '../brokering/matches';
import type { Database } from '../db/schema';
import { writeTransaction } from '../db/transaction';
import { queueNotifications } from '../notifications/queue';
import { followerIds, teamNotice } from './notices';
import { ProposalRuleError } from './service';

// "Wir machen mit", the author's decision, comments and following: writes around one proposal.

const JOINABLE = ['open', 'in_progress'];

export async function offerToJoin(
	db: Kysely<Database>,
	{
		proposalId,
		organizationId,
		userId,
		message
	}: { proposalId: number; organizationId: number; userId: number; message: string }
): Promise<void> {
	await writeTransaction(db, async (trx) => {
		const proposal = await trx
			.selectFrom('proposals')
			.select(['status', 'organization_id'])
			.where('id', '=', proposalId)
			.executeTakeFirstOrThrow();
		if (!JOINABLE.includes(proposal.status))
			throw new ProposalRuleError('Bei diesem Vorschlag werden keine Partner mehr gesucht.');
		if (proposal.organization_id === organizationId)
			throw new ProposalRuleError('Ihre Organisation hat diesen Vorschlag selbst eingestellt.');
		const inserted = await trx
			.insertInto('proposal_offers')
			.values({ proposal_id: proposalId, organization_id: organizationId, offered_by: userId, message })
			.onConflict((oc) => oc.columns(['proposal_id', 'organization_id']).doNothing())
			.returning('id')
			.executeTakeFirst();
		if (!inserted)
			throw new ProposalRuleError('Ihre Organisation hat bei diesem Vorschlag bereits ihre Mitarbeit angeboten.');
		await follow(trx, proposalId, userId);
	});
}

/** Accepts or declines a pending offer; an accepted organization joins the team and the followers hear of it. */
export async function decideOffer(
	db: Kysely<Database>,
	{ proposalId, offerId, accept, userId }: { proposalId: number; offerId: number; accept: boolean; userId: number },
	origin: string
): Promise<void> {
	await writeTransaction(db, async (trx) => {
		const decided = await trx
			.updateTable('proposal_offers')
			.set({ status: accept ? 'accepted' : 'declined', decided_by: userId, decided_at: new Date().toISOString() })
			.where('id', '=', offerId)
			.where('proposal_id', '=', proposalId)
			.where('status', '=', 'pending')
			.returning(['organization_id'])
			.executeTakeFirst();
		if (!decided) throw new ProposalRuleError('Über dieses Angebot wurde bereits entschieden.');
		if (!accept) return;
		// A partner the coordination introduced is now part of the team: its match is done.
		await markMatchInvolved(trx, { proposalId, organizationId: decided.organization_id });
		const about = await trx
			.selectFrom('proposals as p')
			.innerJoin('organizations as o', 'o.id', 'p.organization_id')
			.select(['p.slug', 'p.title', 'o.name as organizationName'])
			.where('p.id', '=', proposalId)
			.executeTakeFirstOrThrow();
		const member = await trx
			.selectFrom('organizations')
			.select(['name'])
			.where('id', '=', decided.organization_id)
			.executeTakeFirstOrThrow();
		await queueNotifications(
			trx,
			await followerIds(trx, proposalId, userId),
			teamNotice(about, member.name, origin)
		);
	});
}

export async function addComment(
	db: Kysely<Database>,
	{
		proposalId,
		userId,
		organizationId,
		body
	}: { proposalId: number; userId: number; organizationId: number | null; body: string }
): Promise<void> {
	await db
		.insertInto('proposal_comments')
		.values({ proposal_id: proposalId, author_id: userId, organization_id: organizationId, body })
		.execute();
}

/** Hides (or shows again) a comment of this proposal; returns false for a comment of another one. */
export async function setCommentHidden(
	db: Kysely<Database>,
	{
		proposalId,
		commentId,
		hidden,
		userId
	}: { proposalId: number; commentId: number; hidden: boolean; userId: number }
): Promise<boolean> {
	const result = await db
		.updateTable('proposal_comments')
		.set(hidden ? { hidden_at: new Date().toISOString(), hidden_by: userId } : { hidden_at: null, hidden_by: null })
		.where('id', '=', commentId)
		.where('proposal_id', '=', proposalId)
		.executeTakeFirst();
	return result.numUpdatedRows > 0n;
}

export async function follow(db: Kysely<Database>, proposalId: number, userId: number): Promise<void> {
	await db
		.insertInto('proposal_followers')
		.values({ proposal_id: proposalId, user_id: userId })
		.onConflict((oc) => oc.columns(['proposal_id', 'user_id']).doNothing())
		.execute();
}

export async function unfollow(db: Kysely<Database>, proposalId: number, userId: number): Promise<void> {
	await db
		.deleteFrom('proposal_followers')
		.where('proposal_id', '=', proposalId)
		.where('user_id', '=', userId)
		.execute();
}
