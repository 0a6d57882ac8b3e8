import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { groupBy } from '../../group-by';
import type { GroupRef, OrganizationLink, PublicGroup, TopicRef } from './types';

/** Every active working group for the public list, by name. */
export async function listPublicGroups(db: Kysely<Database>): Promise<PublicGroup[]> {
	return publicGroups(db, (q) => q);
}

/** The active working groups of a field of action (Handlungsfeld), by name. */
export async function listWorkingGroupsByActionField(
	db: Kysely<Database>,
	actionFieldId: number
): Promise<PublicGroup[]> {
	return publicGroups(db, (q) => q.where('g.action_field_id', '=', actionFieldId));
}

/** The active working groups an organization is a member of (not merely asking to join), by name. */
export async function listWorkingGroupsOfOrganization(
	db: Kysely<Database>,
	organizationId: number
): Promise<PublicGroup[]> {
	return publicGroups(db, (q) =>
		q.where('g.id', 'in', (eb) =>
			eb
				.selectFrom('working_group_members')
				.select('group_id')
				.where('organization_id', '=', organizationId)
				.where('status', '=', 'member')
		)
	);
}

export async function getPublicGroupBySlug(db: Kysely<Database>, slug: string): Promise<PublicGroup | null> {
	const [group] = await publicGroups(db, (q) => q.where('g.slug', '=', slug));
	return group ?? null;
}

/** Any group, archived or not, for guards and services. */
export async function findGroupBySlug(db: Kysely<Database>, slug: string): Promise<GroupRef | null> {
	const row = await db
		.selectFrom('working_groups')
		.select(['id', 'slug', 'name', 'lead_user_id', 'join_policy', 'archived_at'])
		.where('slug', '=', slug)
		.executeTakeFirst();
	return row
		? {
				id: row.id,
				slug: row.slug,
				name: row.name,
				leadUserId: row.lead_user_id,
				joinPolicy: row.join_policy,
				archivedAt: row.archived_at
			}
		: null;
}

type GroupQuery = ReturnType<typeof baseQuery>;

function baseQuery(db: Kysely<Database>) {
	return db
		.selectFrom('working_groups as g')
		.select(['g.id', 'g.slug', 'g.name', 'g.description', 'g.join_policy', 'g.action_field_id', 'g.lead_user_id'])
		.where('g.archived_at', 'is', null)
		.orderBy('g.name');
}

async function publicGroups(db: Kysely<Database>, narrow: (query: GroupQuery) => GroupQuery): Promise<PublicGroup[]> {
	const rows = await narrow(baseQuery(db)).execute();
	if (rows.length === 0) return [];
	const ids = rows.map((r) => r.id);
	const [topics, members, leads] = await Promise.all([
		db
			.selectFrom('working_group_terms as gt')
			.innerJoin('taxonomy_terms as t', 't.id', 'gt.term_id')
			.select(['gt.group_id', 't.code', 't.label'])
			.where('gt.group_id', 'in', ids)
			.orderBy('t.position')
			.execute(),
		db
			.selectFrom('working_group_members as m')
			.innerJoin('organizations as o', 'o.id', 'm.organization_id')
			.select(['m.group_id', 'o.id', 'o.slug', 'o.name'])
			.where('m.group_id', 'in', ids)
			.where('m.status', '=', 'member')
			.where('o.status', '=', 'published')
			.orderBy('o.name')
			.execute(),
		db
			.selectFrom('memberships')
			.select(['user_id', 'organization_id'])
			.where(
				'user_id',
				'in',
				rows.map((r) => r.lead_user_id ?? 0)
			)
			.execute()
	]);
	const topicsByGroup = groupBy(topics, (t) => t.group_id);
	const membersByGroup = groupBy(members, (m) => m.group_id);
	return rows.map((row) => {
		const groupMembers = membersByGroup.get(row.id) ?? [];
		const leadOrgIds = new Set(leads.filter((l) => l.user_id === row.lead_user_id).map((l) => l.organization_id));
		const lead = groupMembers.find((m) => leadOrgIds.has(m.id));
		return {
			id: row.id,
			slug: row.slug,
			name: row.name,
			description: row.description,
			joinPolicy: row.join_policy,
			actionFieldId: row.action_field_id,
			topics: (topicsByGroup.get(row.id) ?? []).map((t): TopicRef => ({ code: t.code, label: t.label })),
			members: groupMembers.map((m): OrganizationLink => ({ slug: m.slug, name: m.name })),
			leadOrganization: lead ? { slug: lead.slug, name: lead.name } : null
		};
	});
}
