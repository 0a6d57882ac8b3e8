import type { Kysely } from 'kysely';
import { inviteToOrganization } from '../accounts/invitations';
import { generateRandomString, hashSecret } from '../auth/crypto';
import type { Database } from '../db/schema';
import { writeTransaction } from '../db/transaction';
import type { Mailer } from '../mail/mailer';

// Claiming an entry nobody has an account for: its freshness reminder carries a one-time link
// (ORIGIN/eintrag-uebernehmen/<token>); whoever follows it asks to become the entry's admin, and
// the coordinator confirms, which sends the usual invitation.

export const CLAIM_PATH = '/eintrag-uebernehmen';
const CLAIM_LIFETIME_MS = 60 * 24 * 60 * 60 * 1000;

export interface OpenClaim {
	id: number;
	organizationName: string;
}

export interface ClaimRequest {
	id: number;
	organizationId: number;
	slug: string;
	organizationName: string;
	claimantName: string;
	claimantEmail: string;
	requestedAt: string;
}

/** A new link for the organization; earlier unanswered links of it stop working. */
export async function createClaimLink(db: Kysely<Database>, organizationId: number, now = new Date()): Promise<string> {
	const token = generateRandomString(20);
	await writeTransaction(db, async (trx) => {
		await trx
			.deleteFrom('entry_claims')
			.where('organization_id', '=', organizationId)
			.where('status', '=', 'sent')
			.execute();
		await trx
			.insertInto('entry_claims')
			.values({
				organization_id: organizationId,
				token_hash: hashSecret(token),
				created_at: now.toISOString(),
				expires_at: new Date(now.getTime() + CLAIM_LIFETIME_MS).toISOString()
			})
			.execute();
	});
	return token;
}

/** The unanswered, unexpired claim a link stands for; null otherwise. */
export async function findOpenClaim(db: Kysely<Database>, token: string, now = new Date()): Promise<OpenClaim | null> {
	const row = await db
		.selectFrom('entry_claims as c')
		.innerJoin('organizations as o', 'o.id', 'c.organization_id')
		.select(['c.id', 'o.name'])
		.where('c.token_hash', '=', hashSecret(token))
		.where('c.status', '=', 'sent')
		.where('c.expires_at', '>', now.toISOString())
		.executeTakeFirst();
	return row ? { id: row.id, organizationName: row.name } : null;
}

/** Records who asks to take over the entry; false when the link was used up or expired meanwhile. */
export async function requestClaim(
	db: Kysely<Database>,
	token: string,
	claimant: { name: string; email: string },
	now = new Date()
): Promise<boolean> {
	const result = await db
		.updateTable('entry_claims')
		.set({
			status: 'requested',
			claimant_name: claimant.name,
			claimant_email: claimant.email,
			requested_at: now.toISOString()
		})
		.where('token_hash', '=', hashSecret(token))
		.where('status', '=', 'sent')
		.where('expires_at', '>', now.toISOString())
		.executeTakeFirst();
	return result.numUpdatedRows > 0n;
}

/** Requests waiting for the coordinator, oldest first. */
export async function listClaimRequests(db: Kysely<Database>): Promise<ClaimRequest[]> {
	const rows = await db
		.selectFrom('entry_claims as c')
		.innerJoin('organizations as o', 'o.id', 'c.organization_id')
		.select([
			'c.id',
			'o.id as organizationId',
			'o.slug',
			'o.name',
			'c.claimant_name',
			'c.claimant_email',
			'c.requested_at'
		])
		.where('c.status', '=', 'requested')
		.orderBy('c.requested_at')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		organizationId: r.organizationId,
		slug: r.slug,
		organizationName: r.name,
		claimantName: r.claimant_name ?? '',
		claimantEmail: r.claimant_email ?? '',
		requestedAt: r.requested_at ?? ''
	}));
}

/**
 * The coordinator's decision. Accepting invites the claimant as the entry's admin (mail with the
 * invitation link); false when the request is unknown or already decided.
 */
export async function decideClaim(
	db: Kysely<Database>,
	claimId: number,
	{ accept, coordinatorId }: { accept: boolean; coordinatorId: number },
	options: { mailer?: Mailer; origin?: string; now?: Date } = {}
): Promise<boolean> {
	const now = options.now ?? new Date();
	const claim = await db
		.selectFrom('entry_claims')
		.select(['organization_id', 'claimant_email'])
		.where('id', '=', claimId)
		.where('status', '=', 'requested')
		.executeTakeFirst();
	if (!claim?.claimant_email) return false;
	if (accept) {
		await inviteToOrganization(
			db,
			{
				organizationId: claim.organization_id,
				email: claim.claimant_email,
				role: 'admin',
				invitedBy: coordinatorId
			},
			options
		);
	}
	await db
		.updateTable('entry_claims')
		.set({ status: accept ? 'accepted' : 'declined', decided_by: coordinatorId, decided_at: now.toISOString() })
		.where('id', '=', claimId)
		.execute();
	return true;
}
