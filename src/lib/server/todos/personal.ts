import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

// What waits for one person on /intern besides the profiles' freshness: one query per kind of work,
// each scoped by the person's organizations or the groups they lead.

export interface TodoItem {
	/** What to do, in German, without the link text. */
	text: string;
	href: string;
	linkText: string;
}

/** Offers of other partners to join a proposal of one of these organizations, not yet decided. */
export async function listOffersToDecide(db: Kysely<Database>, organizationIds: number[]): Promise<TodoItem[]> {
	if (organizationIds.length === 0) return [];
	const rows = await db
		.selectFrom('proposal_offers as f')
		.innerJoin('proposals as p', 'p.id', 'f.proposal_id')
		.innerJoin('organizations as o', 'o.id', 'f.organization_id')
		.select(['f.id', 'p.slug', 'p.title', 'o.name'])
		.where('f.status', '=', 'pending')
		.where('p.organization_id', 'in', organizationIds)
		.orderBy('f.id')
		.execute();
	return rows.map((r) => ({
		text: `${r.name} möchte beim Projekt mitmachen – bitte entscheiden Sie:`,
		href: `/projekte/${r.slug}`,
		linkText: r.title
	}));
}

/** Requests to join a working group this person leads, not yet decided. */
export async function listJoinRequestsToDecide(db: Kysely<Database>, userId: number): Promise<TodoItem[]> {
	const rows = await db
		.selectFrom('working_group_members as m')
		.innerJoin('working_groups as g', 'g.id', 'm.group_id')
		.innerJoin('organizations as o', 'o.id', 'm.organization_id')
		.select(['m.id', 'g.slug', 'g.name as groupName', 'o.name'])
		.where('m.status', '=', 'requested')
		.where('g.lead_user_id', '=', userId)
		.where('g.archived_at', 'is', null)
		.orderBy('m.id')
		.execute();
	return rows.map((r) => ({
		text: `${r.name} möchte der Arbeitsgruppe beitreten – bitte entscheiden Sie:`,
		href: `/arbeitsgruppen/${r.slug}/intern`,
		linkText: r.groupName
	}));
}

/** Project proposals of these organizations still in draft. */
export async function listProposalDrafts(db: Kysely<Database>, organizationIds: number[]): Promise<TodoItem[]> {
	if (organizationIds.length === 0) return [];
	const rows = await db
		.selectFrom('proposals')
		.select(['id', 'slug', 'title'])
		.where('status', '=', 'draft')
		.where('organization_id', 'in', organizationIds)
		.orderBy('id')
		.execute();
	return rows.map((r) => ({
		text: 'Projektvorschlag noch im Entwurf:',
		href: `/projekte/${r.slug}/bearbeiten`,
		linkText: r.title
	}));
}

/** Events of these organizations the coordinator declined, with the reason, until they are changed and sent again. */
export async function listDeclinedEvents(db: Kysely<Database>, organizationIds: number[]): Promise<TodoItem[]> {
	if (organizationIds.length === 0) return [];
	const rows = await db
		.selectFrom('news_items')
		.select(['id', 'title', 'decline_reason'])
		.where('kind', '=', 'event')
		.where('status', '=', 'declined')
		.where('organization_id', 'in', organizationIds)
		.orderBy('id')
		.execute();
	return rows.map((r) => ({
		text: `Veranstaltung abgelehnt${r.decline_reason ? ` („${r.decline_reason}“)` : ''} – ändern und erneut einreichen:`,
		href: `/intern/veranstaltungen/${r.id}`,
		linkText: r.title
	}));
}

/** Everything above for one person, in the order it is shown. */
export async function listPersonalTodos(
	db: Kysely<Database>,
	user: { id: number },
	organizationIds: number[]
): Promise<TodoItem[]> {
	const lists = await Promise.all([
		listOffersToDecide(db, organizationIds),
		listJoinRequestsToDecide(db, user.id),
		listDeclinedEvents(db, organizationIds),
		listProposalDrafts(db, organizationIds)
	]);
	return lists.flat();
}
