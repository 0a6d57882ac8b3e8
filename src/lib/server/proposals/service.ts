import type { Kysely } from 'kysely';
import { uniqueSlug } from '../coordination/slug';
import type { Database, Taxonomy } from '../db/schema';
import { enqueueSearchDocument } from '../db/search-outbox';
import { writeTransaction } from '../db/transaction';
import { queueNotifications } from '../notifications/queue';
import { followerIds, newProposalNotice, statusNotice, topicMatchIds } from './notices';
import type { ProposalValues } from './proposal-form';
import type { ProposalStatus } from './types';
import { mayChangeStatus } from './rules';

// The only place that writes proposals: every change lands with its search outbox entry and its
// notifications in one transaction. Mail goes out afterwards (deliverNotices).

/** The search index of listed proposals; search/registry.ts declares what it holds. */
export const PROPOSALS_INDEX = 'proposals';

/** Raised for a change the proposal's state does not allow; the message is German, for the page. */
export class ProposalRuleError extends Error {}

export interface NewProposal {
	organizationId: number;
	userId: number;
	values: ProposalValues;
	/** Open it for partners at once instead of saving a draft. */
	open: boolean;
	/** Wanted slug (the demo's fixed addresses); made from the title otherwise. */
	slug?: string;
}

export async function createProposal(db: Kysely<Database>, input: NewProposal, origin: string): Promise<string> {
	return writeTransaction(db, async (trx) => {
		const slug = await uniqueSlug(trx, input.slug ?? input.values.title, {
			table: 'proposals',
			fallback: 'projekt'
		});
		const { id } = await trx
			.insertInto('proposals')
			.values({
				slug,
				organization_id: input.organizationId,
				created_by: input.userId,
				...(await columns(trx, input.values))
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		await writeTerms(trx, id, input.values);
		await trx.insertInto('proposal_followers').values({ proposal_id: id, user_id: input.userId }).execute();
		if (input.open) await setStatus(trx, id, 'open', input.userId, origin);
		return slug;
	});
}

export async function updateProposal(db: Kysely<Database>, proposalId: number, values: ProposalValues): Promise<void> {
	await writeTransaction(db, async (trx) => {
		await trx
			.updateTable('proposals')
			.set({ ...(await columns(trx, values)), updated_at: new Date().toISOString() })
			.where('id', '=', proposalId)
			.execute();
		await trx.deleteFrom('proposal_terms').where('proposal_id', '=', proposalId).execute();
		await writeTerms(trx, proposalId, values);
		await enqueueSearchDocument(trx, PROPOSALS_INDEX, proposalId);
	});
}

export async function changeProposalStatus(
	db: Kysely<Database>,
	{
		proposalId,
		status,
		userId,
		byCoordinator
	}: { proposalId: number; status: ProposalStatus; userId: number; byCoordinator: boolean },
	origin: string
): Promise<void> {
	await writeTransaction(db, async (trx) => {
		const current = await trx
			.selectFrom('proposals')
			.select(['status'])
			.where('id', '=', proposalId)
			.executeTakeFirstOrThrow();
		if (current.status === status) return;
		if (!mayChangeStatus(current.status, status, byCoordinator)) {
			throw new ProposalRuleError('Dieser Statuswechsel ist nicht möglich. Bitte laden Sie die Seite neu.');
		}
		await setStatus(trx, proposalId, status, userId, origin);
	});
}

/**
 * Sets the status, re-indexes and tells the followers; opened for partners for the first time, it
 * also tells the people of organizations working on its topics.
 */
async function setStatus(
	trx: Kysely<Database>,
	proposalId: number,
	status: ProposalStatus,
	userId: number,
	origin: string
) {
	const now = new Date().toISOString();
	const before = await trx
		.selectFrom('proposals as p')
		.innerJoin('organizations as o', 'o.id', 'p.organization_id')
		.select(['p.slug', 'p.title', 'p.summary', 'p.looking_for', 'p.opened_at', 'p.organization_id', 'o.name'])
		.where('p.id', '=', proposalId)
		.executeTakeFirstOrThrow();
	const firstOpening = status === 'open' && before.opened_at === null;
	await trx
		.updateTable('proposals')
		.set({ status, updated_at: now, ...(firstOpening ? { opened_at: now } : {}) })
		.where('id', '=', proposalId)
		.execute();
	await enqueueSearchDocument(trx, PROPOSALS_INDEX, proposalId);
	const about = { slug: before.slug, title: before.title, organizationName: before.name };
	await queueNotifications(trx, await followerIds(trx, proposalId, userId), statusNotice(about, status, origin));
	if (firstOpening) {
		const notice = newProposalNotice({ ...about, summary: before.summary, lookingFor: before.looking_for }, origin);
		const followers = new Set(await followerIds(trx, proposalId, userId));
		const matches = (await topicMatchIds(trx, proposalId, before.organization_id)).filter(
			(id) => !followers.has(id) && id !== userId
		);
		await queueNotifications(trx, matches, notice);
	}
}

async function columns(trx: Kysely<Database>, values: ProposalValues) {
	const actionField = values.actionField
		? await trx.selectFrom('action_fields').select(['id']).where('slug', '=', values.actionField).executeTakeFirst()
		: undefined;
	return {
		title: values.title,
		summary: values.summary,
		description: values.description,
		looking_for: values.lookingFor,
		timeframe: values.timeframe,
		visibility: values.visibility,
		action_field_id: actionField?.id ?? null
	};
}

async function writeTerms(trx: Kysely<Database>, proposalId: number, values: ProposalValues): Promise<void> {
	const wanted: [Taxonomy, string[]][] = [
		['topic', values.topics],
		['target_group', values.targetGroups],
		['ortsteil', values.ortsteile]
	];
	for (const [taxonomy, codes] of wanted) {
		if (codes.length === 0) continue;
		const terms = await trx
			.selectFrom('taxonomy_terms')
			.select(['id'])
			.where('taxonomy', '=', taxonomy)
			.where('code', 'in', codes)
			.execute();
		if (terms.length > 0) {
			await trx
				.insertInto('proposal_terms')
				.values(terms.map((t) => ({ proposal_id: proposalId, term_id: t.id })))
				.execute();
		}
	}
}
