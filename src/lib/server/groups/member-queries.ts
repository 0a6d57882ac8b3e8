import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { GroupMemberStatus } from '../db/tables/collaboration';

export interface OwnOrganization {
	id: number;
	name: string;
	/** The organization's state in the group, null when it never asked. */
	status: GroupMemberStatus | null;
}

/** The organizations a person works for, each with its membership in the group. */
export async function listOwnOrganizations(
	db: Kysely<Database>,
	groupId: number,
	userId: number
): Promise<OwnOrganization[]> {
	return db
		.selectFrom('memberships as p')
		.innerJoin('organizations as o', 'o.id', 'p.organization_id')
		.leftJoin('working_group_members as m', (join) =>
			join.onRef('m.organization_id', '=', 'o.id').on('m.group_id', '=', groupId)
		)
		.select(['o.id', 'o.name', 'm.status'])
		.where('p.user_id', '=', userId)
		.orderBy('o.name')
		.execute();
}

export interface JoinRequest {
	id: number;
	organizationName: string;
	requestedBy: string | null;
	message: string | null;
	createdAt: string;
}

export async function listJoinRequests(db: Kysely<Database>, groupId: number): Promise<JoinRequest[]> {
	return db
		.selectFrom('working_group_members as m')
		.innerJoin('organizations as o', 'o.id', 'm.organization_id')
		.leftJoin('users as u', 'u.id', 'm.requested_by')
		.select([
			'm.id',
			'o.name as organizationName',
			'u.name as requestedBy',
			'm.message',
			'm.created_at as createdAt'
		])
		.where('m.group_id', '=', groupId)
		.where('m.status', '=', 'requested')
		.orderBy('m.id')
		.execute();
}

export interface MemberContact {
	userId: number;
	name: string;
	email: string;
	organizationName: string;
}

/** The people of the member organizations: for members of the group only, never public. */
export async function listMemberContacts(db: Kysely<Database>, groupId: number): Promise<MemberContact[]> {
	return db
		.selectFrom('working_group_members as m')
		.innerJoin('organizations as o', 'o.id', 'm.organization_id')
		.innerJoin('memberships as p', 'p.organization_id', 'm.organization_id')
		.innerJoin('users as u', 'u.id', 'p.user_id')
		.select(['u.id as userId', 'u.name', 'u.email', 'o.name as organizationName'])
		.where('m.group_id', '=', groupId)
		.where('m.status', '=', 'member')
		.where('u.disabled_at', 'is', null)
		.where('u.password_hash', 'is not', null)
		.orderBy('o.name')
		.orderBy('u.name')
		.execute();
}

/** Everyone who hears of a new meeting or announcement: people of member organizations and the lead. */
export async function listMemberUserIds(
	db: Kysely<Database>,
	groupId: number,
	leadUserId: number | null
): Promise<number[]> {
	const rows = await db
		.selectFrom('working_group_members as m')
		.innerJoin('memberships as p', 'p.organization_id', 'm.organization_id')
		.select('p.user_id')
		.where('m.group_id', '=', groupId)
		.where('m.status', '=', 'member')
		.execute();
	return [...new Set([...rows.map((r) => r.user_id), ...(leadUserId ? [leadUserId] : [])])];
}

/** Ids of the active groups a person belongs to now (all of them for the coordinator). */
export async function listGroupIdsOfUser(db: Kysely<Database>, user: { id: number; role: string }): Promise<number[]> {
	let query = db.selectFrom('working_groups as g').select('g.id').where('g.archived_at', 'is', null);
	if (user.role !== 'coordinator') {
		query = query.where((eb) =>
			eb.or([
				eb('g.lead_user_id', '=', user.id),
				eb(
					'g.id',
					'in',
					eb
						.selectFrom('working_group_members as m')
						.innerJoin('memberships as p', 'p.organization_id', 'm.organization_id')
						.select('m.group_id')
						.where('m.status', '=', 'member')
						.where('p.user_id', '=', user.id)
				)
			])
		);
	}
	return (await query.execute()).map((r) => r.id);
}
