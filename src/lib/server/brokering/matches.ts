import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { MatchStatus } from '../db/tables/brokering';
import { writeTransaction } from '../db/transaction';

export interface ProposalMatch {
	id: number;
	organization: { slug: string; name: string };
	status: MatchStatus;
	score: number;
	reasons: string[];
	introducedAt: string | null;
	introducedBy: string | null;
	note: string | null;
	declineReason: string | null;
	mailError: string | null;
	updatedAt: string;
}

export class MatchNotFoundError extends Error {
	constructor(matchId: number) {
		super(`No match ${matchId} for this proposal`);
	}
}

const nowIso = () => new Date().toISOString();

/** The matches of one proposal, best score first. */
export async function listProposalMatches(db: Kysely<Database>, proposalId: number): Promise<ProposalMatch[]> {
	const rows = await db
		.selectFrom('proposal_matches as m')
		.innerJoin('organizations as o', 'o.id', 'm.organization_id')
		.leftJoin('users as u', 'u.id', 'm.introduced_by')
		.select([
			'm.id',
			'o.slug',
			'o.name',
			'm.status',
			'm.score',
			'm.reasons',
			'm.introduced_at',
			'u.name as introducedBy',
			'm.note',
			'm.decline_reason',
			'm.mail_error',
			'm.updated_at'
		])
		.where('m.proposal_id', '=', proposalId)
		.orderBy('m.score', 'desc')
		.orderBy('o.name')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		organization: { slug: r.slug, name: r.name },
		status: r.status,
		score: r.score,
		reasons: parseReasons(r.reasons),
		introducedAt: r.introduced_at,
		introducedBy: r.introducedBy,
		note: r.note,
		declineReason: r.decline_reason,
		mailError: r.mail_error,
		updatedAt: r.updated_at
	}));
}

/** Remembers a candidate as "vorgeschlagen" with its current score and reasons; an existing match keeps its status. */
export async function recordSuggestion(
	db: Kysely<Database>,
	input: { proposalId: number; organizationId: number; score: number; reasons: string[]; coordinatorId: number }
): Promise<void> {
	await writeTransaction(db, (trx) =>
		trx
			.insertInto('proposal_matches')
			.values({
				proposal_id: input.proposalId,
				organization_id: input.organizationId,
				score: input.score,
				reasons: JSON.stringify(input.reasons),
				suggested_by: input.coordinatorId
			})
			.onConflict((oc) => oc.columns(['proposal_id', 'organization_id']).doNothing())
			.execute()
	);
}

/** The coordinator's status change; a reason is kept only for "abgelehnt". */
export async function changeMatchStatus(
	db: Kysely<Database>,
	input: { proposalId: number; matchId: number; status: MatchStatus; declineReason: string | null }
): Promise<void> {
	const result = await writeTransaction(db, (trx) =>
		trx
			.updateTable('proposal_matches')
			.set({
				status: input.status,
				decline_reason: input.status === 'declined' ? input.declineReason : null,
				updated_at: nowIso()
			})
			.where('id', '=', input.matchId)
			.where('proposal_id', '=', input.proposalId)
			.executeTakeFirst()
	);
	if (Number(result.numUpdatedRows) === 0) throw new MatchNotFoundError(input.matchId);
}

/**
 * Marks the match of an organization whose offer was accepted for a proposal as "beteiligt".
 * For the proposals feature: call it with the transaction that accepts the offer. Does nothing
 * when brokering never suggested that organization.
 */
export async function markMatchInvolved(
	db: Kysely<Database>,
	{ proposalId, organizationId }: { proposalId: number; organizationId: number }
): Promise<void> {
	await db
		.updateTable('proposal_matches')
		.set({ status: 'involved', updated_at: nowIso() })
		.where('proposal_id', '=', proposalId)
		.where('organization_id', '=', organizationId)
		.where('status', '!=', 'involved')
		.execute();
}

/** Marks every match (of one proposal, or of all) whose organization is in the project team as "beteiligt". */
export async function syncInvolvedMatches(db: Kysely<Database>, proposalId?: number): Promise<void> {
	let query = db
		.updateTable('proposal_matches')
		.set({ status: 'involved', updated_at: nowIso() })
		.where('status', '!=', 'involved')
		.where(({ exists, selectFrom }) =>
			exists(
				selectFrom('proposal_offers as po')
					.select(sql`1`.as('one'))
					.whereRef('po.proposal_id', '=', 'proposal_matches.proposal_id')
					.whereRef('po.organization_id', '=', 'proposal_matches.organization_id')
					.where('po.status', '=', 'accepted')
			)
		);
	if (proposalId !== undefined) query = query.where('proposal_id', '=', proposalId);
	await writeTransaction(db, (trx) => trx.executeQuery(query.compile()));
}

export function parseReasons(json: string): string[] {
	const value: unknown = JSON.parse(json);
	return Array.isArray(value) ? value.filter((reason): reason is string => typeof reason === 'string') : [];
}
