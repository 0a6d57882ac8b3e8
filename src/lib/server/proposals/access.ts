import { error } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import type { GuardEvent } from '../auth/guards';
import { listMemberships, type MembershipSummary } from '../auth/users';
import type { Database } from '../db/schema';
import { getProposalBySlug } from './queries';
import type { ProposalDetail } from './types';

/** Who is looking at proposals; null members for citizens. */
export interface Viewer {
	userId: number;
	isCoordinator: boolean;
	memberships: MembershipSummary[];
}

/**
 * The signed-in person as a viewer, or null for a citizen. A session still waiting for its second
 * factor counts as a citizen here; actions use requireUser(), which sends it to enter the code.
 */
export async function currentViewer(event: GuardEvent, db: Kysely<Database>): Promise<Viewer | null> {
	const { user, session } = event.locals;
	if (!user || !session || (user.totpEnabled && !session.twoFactorVerified)) return null;
	return {
		userId: user.id,
		isCoordinator: user.role === 'coordinator' && user.totpEnabled,
		memberships: user.role === 'coordinator' ? [] : await listMemberships(db, user.id)
	};
}

export function isAuthorMember(proposal: Pick<ProposalDetail, 'organizationId'>, viewer: Viewer | null): boolean {
	return !!viewer?.memberships.some((m) => m.organizationId === proposal.organizationId);
}

/** May edit, decide offers and change the status: the author's organization and the coordinator. */
export function canManageProposal(proposal: Pick<ProposalDetail, 'organizationId'>, viewer: Viewer | null): boolean {
	return !!viewer && (viewer.isCoordinator || isAuthorMember(proposal, viewer));
}

/**
 * Drafts: the author's organization and the coordinator. Public listed proposals: everyone.
 * Everything else (partners-only, withdrawn): signed-in people.
 */
export function canSeeProposal(
	proposal: Pick<ProposalDetail, 'organizationId' | 'status' | 'visibility'>,
	viewer: Viewer | null
): boolean {
	if (proposal.status === 'draft') return canManageProposal(proposal, viewer);
	if (proposal.visibility === 'public' && proposal.status !== 'withdrawn') return true;
	return viewer !== null;
}

/** The proposal if the viewer may see it; 404 otherwise, so that its existence is not revealed. */
export async function requireVisibleProposal(
	db: Kysely<Database>,
	slug: string,
	viewer: Viewer | null
): Promise<ProposalDetail> {
	const proposal = await getProposalBySlug(db, slug);
	if (!proposal || !canSeeProposal(proposal, viewer)) error(404, 'Diesen Projektvorschlag gibt es nicht.');
	return proposal;
}
