import { fail, redirect } from '@sveltejs/kit';
import { requireGroupMember } from '$lib/server/groups/access';
import { listOwnOrganizations } from '$lib/server/groups/member-queries';
import { leaveGroup, MembershipError } from '$lib/server/groups/membership';
import { formText } from '$lib/server/forms';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db } = getRuntime();
	const { user, group } = await requireGroupMember(event, db, event.params.group);
	const organizations = (await listOwnOrganizations(db, group.id, user.id)).filter((o) => o.status === 'member');
	return {
		group: { slug: group.slug, name: group.name },
		organizations: organizations.map((o) => ({ id: o.id, name: o.name }))
	};
};

export const actions = {
	default: async (event) => {
		const { db } = getRuntime();
		const { user, group } = await requireGroupMember(event, db, event.params.group);
		const form = await event.request.formData();
		const organizationId = Number(formText(form, 'organizationId'));
		const errors: Record<string, string> = {};
		const own = (await listOwnOrganizations(db, group.id, user.id)).filter((o) => o.status === 'member');
		if (!own.some((o) => o.id === organizationId))
			errors.organizationId = 'Bitte wählen Sie die Organisation, die austreten soll.';
		if (formText(form, 'confirm') !== 'ja') errors.confirm = 'Bitte bestätigen Sie den Austritt mit dem Häkchen.';
		if (Object.keys(errors).length > 0) return fail(400, { errors, organizationId: String(organizationId || '') });
		try {
			await leaveGroup(db, group, { organizationId, userId: user.id });
		} catch (thrown) {
			if (thrown instanceof MembershipError)
				return fail(409, {
					errors: { organizationId: thrown.message },
					organizationId: String(organizationId)
				});
			throw thrown;
		}
		redirect(303, `/arbeitsgruppen/${group.slug}?ausgetreten`);
	}
} satisfies Actions;
