import { fail, redirect } from '@sveltejs/kit';
import { requireOrganizationRole, requireUser } from '$lib/server/auth/guards';
import { currentViewer, requireVisibleProposal } from '$lib/server/proposals/access';
import { choicesOf, loadProposalFormOptions } from '$lib/server/proposals/form-choices';
import { parseProposalForm, type ProposalValues } from '$lib/server/proposals/proposal-form';
import { updateProposal } from '$lib/server/proposals/service';
import type { ProposalDetail } from '$lib/server/proposals/types';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** The proposal, for the people of its organization and the coordinator only (403 for other partners). */
async function editable(event: RequestEvent | Parameters<PageServerLoad>[0]) {
	requireUser(event);
	const { db } = getRuntime();
	const proposal = await requireVisibleProposal(db, event.params.slug, await currentViewer(event, db));
	await requireOrganizationRole(event, db, proposal.organizationId, ['admin', 'editor']);
	// The organization stays the author's; the form may only offer that one.
	const options = await loadProposalFormOptions(db, [
		{ id: proposal.organizationId, name: proposal.organizationName }
	]);
	return { proposal, options, db };
}

export const load: PageServerLoad = async (event) => {
	const { proposal, options } = await editable(event);
	return { slug: proposal.slug, title: proposal.title, options, values: valuesOf(proposal) };
};

export const actions = {
	default: async (event) => {
		const { proposal, options, db } = await editable(event);
		const parsed = parseProposalForm(await event.request.formData(), choicesOf(options));
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		await updateProposal(db, proposal.id, parsed.values);
		redirect(303, `/projekte/${proposal.slug}?erfolg=gespeichert`);
	}
} satisfies Actions;

function valuesOf(proposal: ProposalDetail): ProposalValues {
	const codes = (terms: { code: string }[]) => terms.map((t) => t.code);
	return {
		organizationId: String(proposal.organizationId),
		title: proposal.title,
		summary: proposal.summary,
		description: proposal.description,
		lookingFor: proposal.lookingFor,
		timeframe: proposal.timeframe,
		visibility: proposal.visibility,
		actionField: proposal.actionField?.slug ?? '',
		topics: codes(proposal.topics),
		targetGroups: codes(proposal.targetGroups),
		ortsteile: codes(proposal.ortsteile)
	};
}
