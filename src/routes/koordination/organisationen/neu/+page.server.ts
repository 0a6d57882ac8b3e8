import { fail, redirect } from '@sveltejs/kit';
import { inviteToOrganization } from '$lib/server/accounts/invitations';
import { requireCoordinator } from '$lib/server/auth/guards';
import { parseNewOrganizationForm } from '$lib/server/coordination/new-organization-form';
import { createDraftOrganization } from '$lib/server/coordination/organizations';
import { listTerms } from '$lib/server/partners/queries';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
	return { categories: await listTerms(getRuntime().db, 'category') };
};

export const actions = {
	default: async (event) => {
		const coordinator = requireCoordinator(event);
		const { db } = getRuntime();
		const categories = (await listTerms(db, 'category')).map((t) => t.code);
		const parsed = parseNewOrganizationForm(await event.request.formData(), categories);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });

		const { name, category, adminEmail } = parsed.values;
		const organization = await createDraftOrganization(
			db,
			{ name, category, email: null },
			{ userId: coordinator.id }
		);
		await inviteToOrganization(
			db,
			{ organizationId: organization.id, email: adminEmail, role: 'admin', invitedBy: coordinator.id },
			{ origin: getRuntime().config.origin }
		);
		redirect(303, `/koordination/organisationen/${organization.slug}?eingeladen`);
	}
} satisfies Actions;
