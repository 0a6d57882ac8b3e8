import { inviteMemberAction, removeMemberAction } from '$lib/server/accounts/member-actions';
import { listMembers } from '$lib/server/accounts/organization-members';
import { requireOrganizationAccess } from '$lib/server/partners/organization-access';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

// Managing people is for the organization's admins (and the coordinator); editors get 403.
const ADMINS = ['admin'] as const;

export const load: PageServerLoad = async (event) => {
	const { db } = getRuntime();
	const { organization, user } = await requireOrganizationAccess(event, db, event.params.slug, ADMINS);
	return {
		organization: { slug: organization.slug, name: organization.name },
		members: await listMembers(db, organization.id),
		currentUserId: user.id
	};
};

export const actions = {
	einladen: async (event) => {
		const { db } = getRuntime();
		const { organization, user } = await requireOrganizationAccess(event, db, event.params.slug, ADMINS);
		return inviteMemberAction(db, await event.request.formData(), {
			organizationId: organization.id,
			inviterId: user.id,
			origin: getRuntime().config.origin
		});
	},
	entfernen: async (event) => {
		const { db } = getRuntime();
		const { organization } = await requireOrganizationAccess(event, db, event.params.slug, ADMINS);
		return removeMemberAction(db, await event.request.formData(), organization.id);
	}
} satisfies Actions;
