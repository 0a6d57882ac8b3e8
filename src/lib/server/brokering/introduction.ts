import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { MatchStatus } from '../db/tables/brokering';
import { writeTransaction } from '../db/transaction';
import { getMailer, type Mailer } from '../mail/mailer';
import { introductionMail } from './introduction-mail';
import type { BrokeringProposal } from './proposals';
import type { RankedCandidate } from './ranking';
import { listOrganizationRecipients, type Recipient } from './recipients';
import { errorText } from '$lib/error-text';

export class NoRecipientsError extends Error {
	constructor(readonly organizationName: string) {
		super(`${organizationName} has neither active accounts nor an email address`);
	}
}

export type IntroductionResult = { kind: 'sent'; recipients: number } | { kind: 'mail_failed'; failed: string[] };

export interface IntroductionInput {
	proposal: BrokeringProposal;
	candidate: RankedCandidate;
	note: string | null;
	coordinator: { id: number; name: string };
}

/**
 * "Vorstellen": records the match as "kontaktiert" (with the score and reasons shown) in one
 * transaction, then mails both sides. When any mail cannot be sent, the match goes back to its
 * earlier state ("vorgeschlagen" for a new one) and keeps the error, so nothing counts as sent
 * that was not.
 */
export async function introducePartner(
	db: Kysely<Database>,
	input: IntroductionInput,
	{ origin, mailer = getMailer(), now = new Date() }: { origin: string; mailer?: Mailer; now?: Date }
): Promise<IntroductionResult> {
	const { proposal, candidate } = input;
	const [authorPeople, partnerPeople] = await Promise.all([
		listOrganizationRecipients(db, proposal.author.id),
		listOrganizationRecipients(db, candidate.organizationId)
	]);
	if (authorPeople.length === 0) throw new NoRecipientsError(proposal.author.name);
	if (partnerPeople.length === 0) throw new NoRecipientsError(candidate.name);

	const before = await markContacted(db, input, now);
	const mails = [
		...mailsTo(authorPeople, 'author', { name: candidate.name, people: partnerPeople }),
		...mailsTo(partnerPeople, 'partner', { name: proposal.author.name, people: authorPeople })
	];
	const link = new URL(`/projekte/${proposal.slug}`, origin).href;
	const failed: string[] = [];
	for (const mail of mails) {
		const content = introductionMail({
			side: mail.side,
			proposal: { title: proposal.title, summary: proposal.summary, lookingFor: proposal.lookingFor, link },
			other: { name: mail.other.name, emails: mail.other.people.map((p) => p.email) },
			coordinatorName: input.coordinator.name,
			note: input.note
		});
		try {
			await mailer.send({ to: mail.to.email, ...content });
		} catch (error) {
			console.error(`[brokering] introduction mail for proposal ${proposal.id} failed: ${errorText(error)}`);
			failed.push(mail.to.email);
		}
	}
	if (failed.length > 0) {
		await markMailFailed(db, input, before, `Nicht zugestellt an: ${failed.join(', ')} (${now.toISOString()})`);
		return { kind: 'mail_failed', failed };
	}
	return { kind: 'sent', recipients: mails.length };
}

type Side = 'author' | 'partner';
type Before = { status: MatchStatus; introduced_at: string | null; introduced_by: number | null } | undefined;

function mailsTo(people: Recipient[], side: Side, other: { name: string; people: Recipient[] }) {
	return people.map((to) => ({ to, side, other }));
}

async function markContacted(db: Kysely<Database>, input: IntroductionInput, now: Date): Promise<Before> {
	const { proposal, candidate } = input;
	return writeTransaction(db, async (trx) => {
		const before = await trx
			.selectFrom('proposal_matches')
			.select(['status', 'introduced_at', 'introduced_by'])
			.where('proposal_id', '=', proposal.id)
			.where('organization_id', '=', candidate.organizationId)
			.executeTakeFirst();
		const introduction = {
			status: 'contacted' as const,
			score: candidate.score,
			reasons: JSON.stringify(candidate.reasons),
			introduced_at: now.toISOString(),
			introduced_by: input.coordinator.id,
			note: input.note,
			decline_reason: null,
			mail_error: null,
			updated_at: now.toISOString()
		};
		await trx
			.insertInto('proposal_matches')
			.values({
				proposal_id: proposal.id,
				organization_id: candidate.organizationId,
				suggested_by: input.coordinator.id,
				...introduction
			})
			.onConflict((oc) => oc.columns(['proposal_id', 'organization_id']).doUpdateSet(introduction))
			.execute();
		return before;
	});
}

async function markMailFailed(
	db: Kysely<Database>,
	input: IntroductionInput,
	before: Before,
	error: string
): Promise<void> {
	await writeTransaction(db, (trx) =>
		trx
			.updateTable('proposal_matches')
			.set({
				status: before?.status ?? 'suggested',
				introduced_at: before?.introduced_at ?? null,
				introduced_by: before?.introduced_by ?? null,
				mail_error: error,
				updated_at: new Date().toISOString()
			})
			.where('proposal_id', '=', input.proposal.id)
			.where('organization_id', '=', input.candidate.organizationId)
			.execute()
	);
}
