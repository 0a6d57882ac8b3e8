import type { Kysely } from 'kysely';
import { uniqueSlug } from '../coordination/slug';
import type { Database } from '../db/schema';
import { writeTransaction } from '../db/transaction';
import type { GroupFields } from './group-form';

export interface LeadCandidate {
	/** "userId:organizationId", the form's value. */
	value: string;
	label: string;
}

/** Everyone who may lead a group: active partner accounts, once per organization they work for. */
export async function listLeadCandidates(db: Kysely<Database>): Promise<LeadCandidate[]> {
	const rows = await db
		.selectFrom('memberships as p')
		.innerJoin('users as u', 'u.id', 'p.user_id')
		.innerJoin('organizations as o', 'o.id', 'p.organization_id')
		.select(['u.id as userId', 'u.name', 'u.email', 'o.id as organizationId', 'o.name as organization'])
		.where('u.disabled_at', 'is', null)
		.where('u.password_hash', 'is not', null)
		.orderBy('o.name')
		.orderBy('u.name')
		.execute();
	return rows.map((r) => ({
		value: `${r.userId}:${r.organizationId}`,
		label: `${r.name || r.email} (${r.organization})`
	}));
}

export interface GroupOverview {
	slug: string;
	name: string;
	joinPolicy: string;
	archivedAt: string | null;
	members: number;
	requests: number;
}

export async function listAllGroups(db: Kysely<Database>): Promise<GroupOverview[]> {
	const rows = await db
		.selectFrom('working_groups as g')
		.select((eb) => [
			'g.slug',
			'g.name',
			'g.join_policy',
			'g.archived_at',
			eb
				.selectFrom('working_group_members')
				.select((e) => e.fn.countAll<number>().as('n'))
				.whereRef('group_id', '=', 'g.id')
				.where('status', '=', 'member')
				.as('members'),
			eb
				.selectFrom('working_group_members')
				.select((e) => e.fn.countAll<number>().as('n'))
				.whereRef('group_id', '=', 'g.id')
				.where('status', '=', 'requested')
				.as('requests')
		])
		.orderBy((eb) => eb.case().when('g.archived_at', 'is', null).then(0).else(1).end())
		.orderBy('g.name')
		.execute();
	return rows.map((r) => ({
		slug: r.slug,
		name: r.name,
		joinPolicy: r.join_policy,
		archivedAt: r.archived_at,
		members: Number(r.members ?? 0),
		requests: Number(r.requests ?? 0)
	}));
}

/** The stored group as the form shows it. */
export async function loadGroupForEditing(db: Kysely<Database>, slug: string) {
	const group = await db
		.selectFrom('working_groups')
		.select(['id', 'slug', 'name', 'description', 'lead_user_id', 'join_policy', 'action_field_id', 'archived_at'])
		.where('slug', '=', slug)
		.executeTakeFirst();
	if (!group) return null;
	const [topics, lead] = await Promise.all([
		db
			.selectFrom('working_group_terms as gt')
			.innerJoin('taxonomy_terms as t', 't.id', 'gt.term_id')
			.select('t.code')
			.where('gt.group_id', '=', group.id)
			.execute(),
		db
			.selectFrom('memberships as p')
			.innerJoin('working_group_members as m', 'm.organization_id', 'p.organization_id')
			.select('p.organization_id')
			.where('p.user_id', '=', group.lead_user_id ?? 0)
			.where('m.group_id', '=', group.id)
			.where('m.status', '=', 'member')
			.executeTakeFirst()
	]);
	return {
		id: group.id,
		slug: group.slug,
		archivedAt: group.archived_at,
		values: {
			name: group.name,
			description: group.description,
			topics: topics.map((t) => t.code),
			lead: lead && group.lead_user_id ? `${group.lead_user_id}:${lead.organization_id}` : '',
			joinPolicy: group.join_policy,
			actionField: group.action_field_id === null ? '' : String(group.action_field_id)
		}
	};
}

export async function createGroup(db: Kysely<Database>, fields: GroupFields, coordinatorId: number): Promise<string> {
	return writeTransaction(db, async (trx) => {
		const slug = await uniqueSlug(trx, fields.name, { table: 'working_groups', fallback: 'arbeitsgruppe' });
		const { id } = await trx
			.insertInto('working_groups')
			.values({
				slug,
				name: fields.name,
				description: fields.description,
				lead_user_id: fields.lead.userId,
				join_policy: fields.joinPolicy,
				action_field_id: fields.actionFieldId
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		await writeRelations(trx, id, fields, coordinatorId);
		return slug;
	});
}

export async function updateGroup(
	db: Kysely<Database>,
	groupId: number,
	fields: GroupFields,
	coordinatorId: number
): Promise<void> {
	await writeTransaction(db, async (trx) => {
		await trx
			.updateTable('working_groups')
			.set({
				name: fields.name,
				description: fields.description,
				lead_user_id: fields.lead.userId,
				join_policy: fields.joinPolicy,
				action_field_id: fields.actionFieldId,
				updated_at: new Date().toISOString()
			})
			.where('id', '=', groupId)
			.execute();
		await trx.deleteFrom('working_group_terms').where('group_id', '=', groupId).execute();
		await writeRelations(trx, groupId, fields, coordinatorId);
	});
}

/** Archived groups leave the public list and the feeds; their records stay. */
export async function archiveGroup(db: Kysely<Database>, groupId: number): Promise<void> {
	const now = new Date().toISOString();
	await db
		.updateTable('working_groups')
		.set({ archived_at: now, updated_at: now })
		.where('id', '=', groupId)
		.where('archived_at', 'is', null)
		.execute();
}

/** Links the group to the topics of these codes (unknown codes are passed over). */
export async function addGroupTopics(db: Kysely<Database>, groupId: number, topicCodes: string[]): Promise<void> {
	if (topicCodes.length === 0) return;
	const terms = await db
		.selectFrom('taxonomy_terms')
		.select('id')
		.where('taxonomy', '=', 'topic')
		.where('code', 'in', topicCodes)
		.execute();
	if (terms.length === 0) return;
	await db
		.insertInto('working_group_terms')
		.values(terms.map((t) => ({ group_id: groupId, term_id: t.id })))
		.execute();
}

/** Topics, and the lead's organization as a member (accepting a pending request of it). */
async function writeRelations(
	trx: Kysely<Database>,
	groupId: number,
	fields: GroupFields,
	coordinatorId: number
): Promise<void> {
	await addGroupTopics(trx, groupId, fields.topicCodes);
	const decided = { status: 'member' as const, decided_by: coordinatorId, decided_at: new Date().toISOString() };
	await trx
		.insertInto('working_group_members')
		.values({
			group_id: groupId,
			organization_id: fields.lead.organizationId,
			requested_by: coordinatorId,
			...decided
		})
		.onConflict((oc) => oc.columns(['group_id', 'organization_id']).doUpdateSet(decided))
		.execute();
}

/** What the group form offers: topics, leads and fields of action. */
export async function loadGroupFormOptions(db: Kysely<Database>) {
	const [topics, leads, actionFields] = await Promise.all([
		db
			.selectFrom('taxonomy_terms')
			.select(['code', 'label'])
			.where('taxonomy', '=', 'topic')
			.orderBy('position')
			.execute(),
		listLeadCandidates(db),
		db.selectFrom('action_fields').select(['id', 'title']).orderBy('position').orderBy('title').execute()
	]);
	return { topics, leads, actionFields };
}

export type GroupFormOptions = Awaited<ReturnType<typeof loadGroupFormOptions>>;

export function choicesOf(options: GroupFormOptions) {
	return {
		topicCodes: options.topics.map((t) => t.code),
		leads: options.leads.map((l) => l.value),
		actionFieldIds: options.actionFields.map((a) => a.id)
	};
}
