import { error } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import { requireOrganizationRole, requireUser, type GuardEvent, type OrganizationAccess } from '../auth/guards';
import type { SessionUser } from '../auth/session';
import type { Database, MembershipRole } from '../db/schema';
import { findOrganizationBySlug, type OrganizationRef } from './profile-queries';

export interface OrganizationAccessGrant {
	user: SessionUser;
	access: OrganizationAccess;
	organization: OrganizationRef;
}

/**
 * The organization behind a slug in an internal URL, for a member with one of `roles` or a
 * coordinator. Anyone else gets 403 whether or not the slug exists, so drafts cannot be probed.
 */
export async function requireOrganizationAccess(
	event: GuardEvent,
	db: Kysely<Database>,
	slug: string,
	roles: readonly MembershipRole[] = ['admin', 'editor']
): Promise<OrganizationAccessGrant> {
	const user = requireUser(event);
	const organization = await findOrganizationBySlug(db, slug);
	if (!organization) {
		if (user.role === 'coordinator') error(404, 'Diese Organisation gibt es nicht.');
		error(403, 'Sie haben keine Berechtigung für diese Organisation.');
	}
	const { access } = await requireOrganizationRole(event, db, organization.id, roles);
	return { user, access, organization };
}
