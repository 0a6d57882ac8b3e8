import { error, fail, redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { listMemberships } from '$lib/server/auth/users';
import { formText } from '$lib/server/forms';
import { choicesOf, loadProposalFormOptions } from '$lib/server/proposals/form-choices';
import { deliverNotices, noticeContext } from '$lib/server/notifications/after-commit';
import { emptyProposalValues, parseProposalForm } from '$lib/server/proposals/proposal-form';
import { createProposal } from '$lib/server/proposals/service';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** The organizations the person works for: a proposal is always posted for one of them. */
async function authorOrganizations(event: RequestEvent | Parameters<PageServerLoad>[0]) {
	const user = requireUser(event);
	const memberships = await listMemberships(getRuntime().db, user.id);
	if (memberships.length === 0)
		error(
			403,
			'Projektvorschläge stellen die Partnerorganisationen ein; Ihrem Konto ist keine Organisation zugeordnet.'
		);
	return { user, organizations: memberships.map((m) => ({ id: m.organizationId, name: m.organizationName })) };
}

export const load: PageServerLoad = async (event) => {
	const { organizations } = await authorOrganizations(event);
	return {
		options: await loadProposalFormOptions(getRuntime().db, organizations),
		values: emptyProposalValues(organizations.length === 1 ? organizations[0].id : undefined)
	};
};

export const actions = {
	default: async (event) => {
		const { user, organizations } = await authorOrganizations(event);
		const { db } = getRuntime();
		const form = await event.request.formData();
		const parsed = parseProposalForm(form, choicesOf(await loadProposalFormOptions(db, organizations)));
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const open = formText(form, 'absicht') === 'oeffnen';
		const slug = await createProposal(
			db,
			{ organizationId: parsed.organizationId, userId: user.id, values: parsed.values, open },
			getRuntime().config.origin
		);
		if (open) await deliverNotices(db, noticeContext(getRuntime().config));
		redirect(303, `/projekte/${slug}?erfolg=gespeichert`);
	}
} satisfies Actions;
