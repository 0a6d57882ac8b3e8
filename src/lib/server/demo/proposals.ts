import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { addComment, decideOffer, offerToJoin } from '../proposals/participation';
import { emptyProposalValues, type ProposalValues } from '../proposals/proposal-form';
import { changeProposalStatus, createProposal } from '../proposals/service';
import type { ProposalStatus } from '../proposals/types';
import { DEMO_ACCOUNTS, type DemoAccount, type DemoAccountName } from './accounts';
import records from './proposals.json';
import type { JsonRecord } from './types';

// Fictional project proposals of the Zittau demo network (the records: proposals.json), written through the
// proposal service like a partner's would be: one per stage, public and partners-only, with offers, a team
// and questions.

interface DemoOffer {
	organization: string;
	message: string;
	accepted?: boolean;
}

interface DemoProposal {
	slug: string;
	/** The demo account that writes it: the coordinator for organizations without one. */
	author: DemoAccountName;
	/** The partner (by slug) it is written for; defaults to the author's organization. */
	organization?: string;
	values: Partial<ProposalValues> & Pick<ProposalValues, 'title' | 'summary' | 'lookingFor' | 'topics'>;
	status: ProposalStatus;
	offers?: DemoOffer[];
	comments?: { author: DemoAccountName; body: string }[];
}

const RECORDS: JsonRecord<DemoProposal>[] = records;
export const DEMO_PROPOSALS = RECORDS as DemoProposal[];

/** The demo account of a record, by its name in DEMO_ACCOUNTS. */
function account(name: DemoAccountName): DemoAccount {
	if (!Object.hasOwn(DEMO_ACCOUNTS, name)) throw new Error(`proposals.json names no demo account "${name}"`);
	return DEMO_ACCOUNTS[name];
}

const ORIGIN = 'http://localhost';

export async function seedDemoProposals(db: Kysely<Database>): Promise<number> {
	const mark = await lastNotificationId(db);
	const userId = async (email: string) =>
		(await db.selectFrom('users').select(['id']).where('email', '=', email).executeTakeFirstOrThrow()).id;
	const organizationId = async (slug: string) =>
		(await db.selectFrom('organizations').select(['id']).where('slug', '=', slug).executeTakeFirstOrThrow()).id;
	const coordinatorId = await userId(DEMO_ACCOUNTS.coordinator.email);

	for (const demo of DEMO_PROPOSALS) {
		const writer = account(demo.author);
		const author = await userId(writer.email);
		const organization = demo.organization ?? writer.organization?.slug;
		if (!organization) throw new Error(`The demo proposal ${demo.slug} needs an organization`);
		const values = { ...emptyProposalValues(), ...demo.values };
		const slug = await createProposal(
			db,
			{
				slug: demo.slug,
				organizationId: await organizationId(organization),
				userId: author,
				values,
				open: demo.status !== 'draft'
			},
			ORIGIN
		);
		const { id } = await db
			.selectFrom('proposals')
			.select(['id'])
			.where('slug', '=', slug)
			.executeTakeFirstOrThrow();
		for (const offer of demo.offers ?? []) {
			await offerToJoin(db, {
				proposalId: id,
				organizationId: await organizationId(offer.organization),
				userId: coordinatorId,
				message: offer.message
			});
			if (offer.accepted) {
				const { id: offerId } = await db
					.selectFrom('proposal_offers')
					.select(['id'])
					.where('proposal_id', '=', id)
					.orderBy('id', 'desc')
					.executeTakeFirstOrThrow();
				await decideOffer(db, { proposalId: id, offerId, accept: true, userId: author }, ORIGIN);
			}
		}
		for (const comment of demo.comments ?? []) {
			const commenter = await userId(account(comment.author).email);
			const membership = await db
				.selectFrom('memberships')
				.select(['organization_id'])
				.where('user_id', '=', commenter)
				.executeTakeFirst();
			await addComment(db, {
				proposalId: id,
				userId: commenter,
				organizationId: membership?.organization_id ?? null,
				body: comment.body
			});
		}
		if (demo.status === 'in_progress' || demo.status === 'completed') {
			await changeProposalStatus(
				db,
				{ proposalId: id, status: demo.status, userId: author, byCoordinator: true },
				ORIGIN
			);
		}
	}
	// The demo's history is not news: nobody is mailed about proposals that were only seeded.
	await db.deleteFrom('notifications').where('id', '>', mark).execute();
	return DEMO_PROPOSALS.length;
}

async function lastNotificationId(db: Kysely<Database>): Promise<number> {
	const row = await db
		.selectFrom('notifications')
		.select((eb) => eb.fn.max('id').as('max'))
		.executeTakeFirstOrThrow();
	return Number(row.max ?? 0);
}
