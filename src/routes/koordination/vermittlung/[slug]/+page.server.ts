import { error, fail, redirect } from '@sveltejs/kit';
import { requireCoordinator } from '$lib/server/auth/guards';
import { introducePartner, NoRecipientsError } from '$lib/server/brokering/introduction';
import { parseIntroductionForm, parseStatusForm, parseSuggestionForm } from '$lib/server/brokering/match-forms';
import {
	changeMatchStatus,
	listProposalMatches,
	MatchNotFoundError,
	recordSuggestion,
	syncInvolvedMatches
} from '$lib/server/brokering/matches';
import { getBrokeringProposal } from '$lib/server/brokering/proposals';
import { findCandidate, rankCandidates } from '$lib/server/brokering/ranking';
import { getRuntime } from '$lib/server/runtime';
import { brokeringSource } from '$search/partner-relevance';
import type { Actions, PageServerLoad } from './$types';

const SHOWN_CANDIDATES = 25;
const NOT_A_CANDIDATE =
	'Diese Organisation steht nicht in der Vorschlagsliste (mehr). Bitte laden Sie die Seite neu und wählen Sie erneut.';
const NOT_OPEN = 'Vorstellen ist nur bei offenen Vorhaben möglich.';

async function proposalOf(slug: string) {
	const proposal = await getBrokeringProposal(getRuntime().db, slug);
	if (!proposal) error(404, 'Dieses Vorhaben gibt es nicht.');
	return proposal;
}

export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
	const runtime = getRuntime();
	const proposal = await proposalOf(event.params.slug);
	await syncInvolvedMatches(runtime.db, proposal.id);
	const [ranking, matches] = await Promise.all([
		rankCandidates(brokeringSource(runtime), proposal, { limit: SHOWN_CANDIDATES }),
		listProposalMatches(runtime.db, proposal.id)
	]);
	return {
		proposal,
		ranking,
		matches,
		done: event.url.searchParams.get('erfolg'),
		doneFor: event.url.searchParams.get('organisation')
	};
};

export const actions = {
	vormerken: async (event) => {
		const coordinator = requireCoordinator(event);
		const runtime = getRuntime();
		const proposal = await proposalOf(event.params.slug);
		const parsed = parseSuggestionForm(await event.request.formData());
		if (!parsed.ok) return fail(400, { organizationId: parsed.values.organizationId, errors: parsed.errors });
		const candidate = await findCandidate(brokeringSource(runtime), proposal, parsed.values.organizationId);
		if (!candidate)
			return fail(400, {
				organizationId: String(parsed.values.organizationId),
				errors: { organizationId: NOT_A_CANDIDATE }
			});
		await recordSuggestion(runtime.db, { proposalId: proposal.id, ...candidate, coordinatorId: coordinator.id });
		redirect(303, `?erfolg=vorgemerkt&organisation=${encodeURIComponent(candidate.slug)}`);
	},
	vorstellen: async (event) => {
		const coordinator = requireCoordinator(event);
		const runtime = getRuntime();
		const proposal = await proposalOf(event.params.slug);
		const parsed = parseIntroductionForm(await event.request.formData());
		if (!parsed.ok)
			return fail(400, {
				organizationId: parsed.values.organizationId,
				note: parsed.values.note,
				errors: parsed.errors
			});
		const { organizationId, note } = parsed.values;
		const kept = { organizationId: String(organizationId), note: note ?? '' };
		if (proposal.status !== 'open') return fail(409, { ...kept, errors: { organizationId: NOT_OPEN } });
		const candidate = await findCandidate(brokeringSource(runtime), proposal, organizationId);
		if (!candidate) return fail(400, { ...kept, errors: { organizationId: NOT_A_CANDIDATE } });
		try {
			const result = await introducePartner(
				runtime.db,
				{ proposal, candidate, note, coordinator },
				{ origin: runtime.config.origin }
			);
			if (result.kind === 'mail_failed') return fail(502, { ...kept, mailFailed: result.failed });
		} catch (failure) {
			if (!(failure instanceof NoRecipientsError)) throw failure;
			const message = `${failure.organizationName} hat weder ein aktives Konto noch eine E-Mail-Adresse. Bitte ergänzen Sie zuerst eine E-Mail-Adresse im Profil.`;
			return fail(400, { ...kept, errors: { organizationId: message } });
		}
		redirect(303, `?erfolg=vorgestellt&organisation=${encodeURIComponent(candidate.slug)}`);
	},
	status: async (event) => {
		requireCoordinator(event);
		const proposal = await proposalOf(event.params.slug);
		const parsed = parseStatusForm(await event.request.formData());
		if (!parsed.ok)
			return fail(400, {
				matchId: parsed.values.matchId,
				declineReason: parsed.values.declineReason,
				errors: parsed.errors
			});
		try {
			await changeMatchStatus(getRuntime().db, { proposalId: proposal.id, ...parsed.values });
		} catch (failure) {
			if (failure instanceof MatchNotFoundError)
				error(404, 'Diesen Vorschlag gibt es bei diesem Vorhaben nicht.');
			throw failure;
		}
		redirect(303, '?erfolg=status');
	}
} satisfies Actions;
