import { error } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import { requireCoordinator, requireUser, type GuardEvent } from '../auth/guards';
import type { SessionUser } from '../auth/session';
import type { Database } from '../db/schema';
import { findGroupBySlug } from './queries';
import type { GroupRef } from './types';

export interface GroupAccess {
	user: SessionUser;
	group: GroupRef;
	/** The lead and the coordinator: meetings, announcements, join requests. */
	canManage: boolean;
}

/** Whether a person belongs to a group now: the coordinator, its lead, or someone of a member organization. */
export async function isGroupMember(
	db: Kysely<Database>,
	group: GroupRef,
	user: Pick<SessionUser, 'id' | 'role'>
): Promise<boolean> {
	if (user.role === 'coordinator' || group.leadUserId === user.id) return true;
	const row = await db
		.selectFrom('working_group_members as m')
		.innerJoin('memberships as p', 'p.organization_id', 'm.organization_id')
		.select('m.id')
		.where('m.group_id', '=', group.id)
		.where('m.status', '=', 'member')
		.where('p.user_id', '=', user.id)
		.executeTakeFirst();
	return row !== undefined;
}

export function canManageGroup(group: GroupRef, user: Pick<SessionUser, 'id' | 'role'>): boolean {
	return user.role === 'coordinator' || group.leadUserId === user.id;
}

/**
 * The internal area of a group: login for anonymous visitors, 403 for people outside it. Unknown and
 * archived groups are 404 for members of the coordination and 403 for the rest, so nothing is probed.
 */
export async function requireGroupMember(event: GuardEvent, db: Kysely<Database>, slug: string): Promise<GroupAccess> {
	// The coordinator passes only with two-factor in use, as everywhere else.
	const user = requireUser(event).role === 'coordinator' ? requireCoordinator(event) : requireUser(event);
	const group = await findGroupBySlug(db, slug);
	if (!group || group.archivedAt) {
		if (user.role === 'coordinator') error(404, 'Diese Arbeitsgruppe gibt es nicht.');
		error(403, 'Dieser Bereich ist den Mitgliedern der Arbeitsgruppe vorbehalten.');
	}
	if (!(await isGroupMember(db, group, user)))
		error(403, 'Dieser Bereich ist den Mitgliedern der Arbeitsgruppe vorbehalten.');
	return { user, group, canManage: canManageGroup(group, user) };
}

/** Like requireGroupMember, and only the lead and the coordinator pass. */
export async function requireGroupManager(event: GuardEvent, db: Kysely<Database>, slug: string): Promise<GroupAccess> {
	const access = await requireGroupMember(event, db, slug);
	if (!access.canManage) error(403, 'Das dürfen nur die Leitung der Arbeitsgruppe und die Koordinierungsstelle.');
	return access;
}
