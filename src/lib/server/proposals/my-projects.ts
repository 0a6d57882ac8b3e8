import type { Kysely } from 'kysely';
import type { SessionUser } from '../auth/session';
import { listMemberships } from '../auth/users';
import type { Database } from '../db/schema';
import { listOpenOffersOfOrganizations } from './participation-queries';
import { listProposalsOfOrganizations } from './queries';

/** "Meine Projekte" on /intern: the proposals of the person's organizations and the offers still open. */
export async function loadMyProjects(db: Kysely<Database>, user: SessionUser) {
	const organizationIds = (await listMemberships(db, user.id)).map((m) => m.organizationId);
	const [proposals, openOffers] = await Promise.all([
		listProposalsOfOrganizations(db, organizationIds),
		listOpenOffersOfOrganizations(db, organizationIds)
	]);
	return { proposals, openOffers, canPropose: organizationIds.length > 0 };
}

export type MyProjects = Awaited<ReturnType<typeof loadMyProjects>>;
