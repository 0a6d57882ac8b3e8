import { error } from '@sveltejs/kit';
import { inviteMemberAction, removeMemberAction } from '$lib/server/accounts/member-actions';
import { listMembers } from '$lib/server/accounts/organization-members';
import { listPendingInvitations } from '$lib/server/accounts/pending-invitations';
import { labelAuditEntries } from '$lib/server/audit/labels';
import { listAuditEntries } from '$lib/server/audit/queries';
import { requireCoordinator } from '$lib/server/auth/guards';
import { listParticipation } from '$lib/server/brokering/participation';
import { getOrganizationBySlug } from '$lib/server/coordination/organizations';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

async function organizationOf(slug: string) {
	const organization = await getOrganizationBySlug(getRuntime().db, slug);
	if (!organization) error(404, 'Diese Organisation gibt es nicht.');
	return organization;
}

export const load: PageServerLoad = async (event) => {
	const coordinator = requireCoordinator(event);
	const { db } = getRuntime();
	const organization = await organizationOf(event.params.slug);
	const [members, invitations, audit, participation] = await Promise.all([
		listMembers(db, organization.id),
		listPendingInvitations(db),
		listAuditEntries(db, organization.id),
		listParticipation(db, organization.id)
	]);
	return {
		organization,
		members,
		invitations: invitations.filter((i) => i.organizationSlug === organization.slug),
		audit: await labelAuditEntries(db, audit),
		participation,
		justInvited: event.url.searchParams.has('eingeladen'),
		currentUserId: coordinator.id
	};
};

export const actions = {
	einladen: async (event) => {
		const coordinator = requireCoordinator(event);
		const organization = await organizationOf(event.params.slug);
		return inviteMemberAction(getRuntime().db, await event.request.formData(), {
			organizationId: organization.id,
			inviterId: coordinator.id,
			origin: getRuntime().config.origin
		});
	},
	entfernen: async (event) => {
		requireCoordinator(event);
		const organization = await organizationOf(event.params.slug);
		return removeMemberAction(getRuntime().db, await event.request.formData(), organization.id);
	}
} satisfies Actions;
