import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { ProposalStatus } from '../db/tables/collaboration';

export interface ParticipationProposal {
	slug: string;
	title: string;
	status: ProposalStatus;
}

export interface Participation {
	authored: ParticipationProposal[];
	/** Proposals whose team the organization is in (its offer was accepted). */
	teams: ParticipationProposal[];
	/** Working groups the organization is a member of, archived ones included and marked. */
	groups: { slug: string; name: string; archived: boolean }[];
}

/** "Projekte und Arbeitsgruppen" of one organization, for the coordination. */
export async function listParticipation(db: Kysely<Database>, organizationId: number): Promise<Participation> {
	const [authored, teams, groups] = await Promise.all([
		db
			.selectFrom('proposals')
			.select(['slug', 'title', 'status'])
			.where('organization_id', '=', organizationId)
			.orderBy('updated_at', 'desc')
			.execute(),
		db
			.selectFrom('proposal_offers as po')
			.innerJoin('proposals as p', 'p.id', 'po.proposal_id')
			.select(['p.slug', 'p.title', 'p.status'])
			.where('po.organization_id', '=', organizationId)
			.where('po.status', '=', 'accepted')
			.orderBy('p.updated_at', 'desc')
			.execute(),
		db
			.selectFrom('working_group_members as wm')
			.innerJoin('working_groups as g', 'g.id', 'wm.group_id')
			.select(['g.slug', 'g.name', 'g.archived_at'])
			.where('wm.organization_id', '=', organizationId)
			.where('wm.status', '=', 'member')
			.orderBy('g.name')
			.execute()
	]);
	return {
		authored,
		teams,
		groups: groups.map((g) => ({ slug: g.slug, name: g.name, archived: g.archived_at !== null }))
	};
}
