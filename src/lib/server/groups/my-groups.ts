import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { listGroupIdsOfUser } from './member-queries';

export interface MyGroup {
	slug: string;
	name: string;
	isLead: boolean;
	nextMeeting: { title: string; startsAt: string } | null;
}

/** The groups a person belongs to (all active ones for the coordinator), each with its next meeting. */
export async function listMyGroups(
	db: Kysely<Database>,
	user: { id: number; role: string },
	now = new Date()
): Promise<MyGroup[]> {
	const ids = await listGroupIdsOfUser(db, user);
	if (ids.length === 0) return [];
	const [groups, meetings] = await Promise.all([
		db
			.selectFrom('working_groups')
			.select(['id', 'slug', 'name', 'lead_user_id'])
			.where('id', 'in', ids)
			.orderBy('name')
			.execute(),
		db
			.selectFrom('working_group_meetings')
			.select(['group_id', 'title', 'starts_at'])
			.where('group_id', 'in', ids)
			.where('starts_at', '>=', now.toISOString())
			.where('cancelled_at', 'is', null)
			.orderBy('starts_at')
			.execute()
	]);
	return groups.map((g) => {
		const next = meetings.find((m) => m.group_id === g.id);
		return {
			slug: g.slug,
			name: g.name,
			isLead: g.lead_user_id === user.id,
			nextMeeting: next ? { title: next.title, startsAt: next.starts_at } : null
		};
	});
}
