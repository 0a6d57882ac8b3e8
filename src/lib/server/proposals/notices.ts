import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Notice } from '../notifications/queue';
import type { ProposalStatus } from './types';

// Who hears about what happens to a proposal, and the words of the notice.

export const STATUS_LABELS: Record<ProposalStatus, string> = {
	draft: 'Entwurf',
	open: 'offen für Partner',
	in_progress: 'in Umsetzung',
	completed: 'abgeschlossen',
	withdrawn: 'zurückgezogen'
};

interface About {
	slug: string;
	title: string;
	organizationName: string;
}

function link(origin: string, slug: string): Pick<Notice, 'link' | 'linkLabel'> {
	return { link: `${origin}/projekte/${encodeURIComponent(slug)}`, linkLabel: 'Vorschlag ansehen' };
}

export function newProposalNotice(proposal: About & { summary: string; lookingFor: string }, origin: string): Notice {
	return {
		subject: `Neuer Projektvorschlag: ${proposal.title}`,
		body: `${proposal.organizationName} sucht Partner: ${proposal.summary}\nGesucht: ${proposal.lookingFor}`,
		...link(origin, proposal.slug)
	};
}

export function statusNotice(proposal: About, status: ProposalStatus, origin: string): Notice {
	return {
		subject: `Projektvorschlag „${proposal.title}“: ${STATUS_LABELS[status]}`,
		body: `Der Projektvorschlag „${proposal.title}“ von ${proposal.organizationName} ist jetzt ${STATUS_LABELS[status]}.`,
		...link(origin, proposal.slug)
	};
}

export function teamNotice(proposal: About, member: string, origin: string): Notice {
	return {
		subject: `Neu im Projektteam „${proposal.title}“: ${member}`,
		body: `${member} macht beim Projektvorschlag „${proposal.title}“ von ${proposal.organizationName} mit.`,
		...link(origin, proposal.slug)
	};
}

/** People following the proposal, except the one who made the change. */
export async function followerIds(trx: Kysely<Database>, proposalId: number, exceptUserId: number): Promise<number[]> {
	const rows = await trx
		.selectFrom('proposal_followers')
		.select(['user_id'])
		.where('proposal_id', '=', proposalId)
		.where('user_id', '!=', exceptUserId)
		.execute();
	return rows.map((r) => r.user_id);
}

/**
 * People of organizations that work on one of the proposal's topics (their profile's topic terms),
 * except the people of the author's organization.
 */
export async function topicMatchIds(
	trx: Kysely<Database>,
	proposalId: number,
	authorOrganizationId: number
): Promise<number[]> {
	const authors = trx.selectFrom('memberships').select('user_id').where('organization_id', '=', authorOrganizationId);
	const rows = await trx
		.selectFrom('memberships as m')
		.innerJoin('organization_terms as ot', 'ot.organization_id', 'm.organization_id')
		.innerJoin('taxonomy_terms as t', 't.id', 'ot.term_id')
		.innerJoin('proposal_terms as pt', 'pt.term_id', 'ot.term_id')
		.select('m.user_id')
		.distinct()
		.where('t.taxonomy', '=', 'topic')
		.where('pt.proposal_id', '=', proposalId)
		.where('m.organization_id', '!=', authorOrganizationId)
		.where('m.user_id', 'not in', authors)
		.execute();
	return rows.map((r) => r.user_id);
}
