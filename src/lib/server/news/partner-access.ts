import { error } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import { requireOrganizationRole, requireUser, type GuardEvent } from '../auth/guards';
import type { SessionUser } from '../auth/session';
import { listMemberships, type MembershipSummary } from '../auth/users';
import type { Database } from '../db/schema';
import { getNewsItem } from './queries';
import type { NewsItem } from './types';

/**
 * A partner who submits events for the organizations they work for (admin or editor). The
 * coordination has its own pages for news and gets 403 here.
 */
export async function requireEventSubmitter(
	event: GuardEvent,
	db: Kysely<Database>
): Promise<{ user: SessionUser; organizations: MembershipSummary[] }> {
	const user = requireUser(event);
	if (user.role === 'coordinator') {
		error(403, 'Die Koordinierungsstelle verwaltet Veranstaltungen unter „Koordination → Aktuelles“.');
	}
	return { user, organizations: await listMemberships(db, user.id) };
}

/** A submission of one of the partner's organizations; 404 for unknown ids, 403 for other organizations'. */
export async function requireOwnSubmission(
	event: GuardEvent & { params: { id: string } },
	db: Kysely<Database>
): Promise<{ user: SessionUser; item: NewsItem }> {
	const { user } = await requireEventSubmitter(event, db);
	const item = await getNewsItem(db, Number(event.params.id));
	if (!item || item.organizationId === null) error(404, 'Diese Veranstaltung gibt es nicht.');
	await requireOrganizationRole(event, db, item.organizationId, ['admin', 'editor']);
	return { user, item };
}
