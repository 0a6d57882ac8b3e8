import { error, fail, redirect } from '@sveltejs/kit';
import { requireCoordinator, requireOrganizationRole, requireUser } from '$lib/server/auth/guards';
import { formText } from '$lib/server/forms';
import { renderMarkdown } from '$lib/server/markdown/render';
import { canManageProposal, currentViewer, requireVisibleProposal } from '$lib/server/proposals/access';
import { deliverNotices, noticeContext } from '$lib/server/notifications/after-commit';
import {
	addComment,
	decideOffer,
	follow,
	offerToJoin,
	setCommentHidden,
	unfollow
} from '$lib/server/proposals/participation';
import {
	findOwnOffer,
	isFollowing,
	listComments,
	listOffers,
	listProposalTeam
} from '$lib/server/proposals/participation-queries';
import { parseMessage } from '$lib/server/proposals/proposal-form';
import { offeringOrganizations, readStatusRequest, statusChoices } from '$lib/server/proposals/rules';
import { changeProposalStatus, ProposalRuleError } from '$lib/server/proposals/service';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const EDITORS = ['admin', 'editor'] as const;

export const load: PageServerLoad = async (event) => {
	const { db } = getRuntime();
	const viewer = await currentViewer(event, db);
	const proposal = await requireVisibleProposal(db, event.params.slug, viewer);
	const canManage = canManageProposal(proposal, viewer);
	return {
		proposal,
		descriptionHtml: renderMarkdown(proposal.description),
		team: await listProposalTeam(db, proposal.id),
		signedIn: viewer !== null,
		canManage,
		isCoordinator: viewer?.isCoordinator ?? false,
		offers: canManage ? await listOffers(db, proposal.id) : [],
		offeringOrganizations: offeringOrganizations(viewer, proposal.organizationId),
		ownOffer: viewer
			? await findOwnOffer(
					db,
					proposal.id,
					viewer.memberships.map((m) => m.organizationId)
				)
			: null,
		comments: viewer ? await listComments(db, proposal.id, { includeHidden: viewer.isCoordinator }) : [],
		following: viewer ? await isFollowing(db, proposal.id, viewer.userId) : false,
		nextStatuses: statusChoices(proposal.status, viewer, canManage)
	};
};

/** The signed-in person and the proposal they may see (404 otherwise), for every action. */
async function visibleToUser(event: RequestEvent) {
	const user = requireUser(event);
	const { db } = getRuntime();
	const viewer = (await currentViewer(event, db))!;
	const proposal = await requireVisibleProposal(db, event.params.slug, viewer);
	return { user, viewer, proposal, db, form: await event.request.formData() };
}

function done(event: RequestEvent, outcome: string): never {
	redirect(303, `/projekte/${event.params.slug}?erfolg=${outcome}#${outcome}`);
}

function ruleFailure(err: unknown) {
	if (err instanceof ProposalRuleError) return fail(409, { message: err.message });
	throw err;
}

export const actions = {
	mitmachen: async (event) => {
		const { user, viewer, proposal, db, form } = await visibleToUser(event);
		const choices = offeringOrganizations(viewer, proposal.organizationId);
		if (choices.length === 0) error(403, 'Nur andere Partnerorganisationen können ihre Mitarbeit anbieten.');
		const chosen = choices.length === 1 ? choices[0].id : Number(formText(form, 'organizationId'));
		const message = parseMessage(form, 'message', {
			min: 10,
			max: 1000,
			what: 'Ihre Nachricht an die Organisation'
		});
		if (!choices.some((c) => c.id === chosen)) {
			return fail(400, {
				offerError: 'Bitte wählen Sie, für welche Organisation Sie mitmachen.',
				offerValue: message.value
			});
		}
		if (!message.ok) return fail(400, { offerError: message.error, offerValue: message.value });
		try {
			await offerToJoin(db, {
				proposalId: proposal.id,
				organizationId: chosen,
				userId: user.id,
				message: message.value
			});
		} catch (err) {
			return ruleFailure(err);
		}
		done(event, 'angeboten');
	},
	annehmen: (event) => decide(event, true),
	ablehnen: (event) => decide(event, false),
	status: async (event) => {
		const { user, viewer, proposal, db, form } = await visibleToUser(event);
		await requireOrganizationRole(event, db, proposal.organizationId, EDITORS);
		const request = readStatusRequest(formText(form, 'status'), form.get('bestaetigt') === 'on');
		if (!request.ok) return fail(400, { statusError: request.error });
		try {
			await changeProposalStatus(
				db,
				{
					proposalId: proposal.id,
					status: request.status,
					userId: user.id,
					byCoordinator: viewer.isCoordinator
				},
				getRuntime().config.origin
			);
		} catch (err) {
			return ruleFailure(err);
		}
		await deliverNotices(db, noticeContext(getRuntime().config));
		done(event, 'status');
	},
	kommentieren: async (event) => {
		const { user, viewer, proposal, db, form } = await visibleToUser(event);
		const body = parseMessage(form, 'body', { min: 3, max: 2000, what: 'Ihren Kommentar' });
		if (!body.ok) return fail(400, { commentError: body.error, commentValue: body.value });
		const organization =
			viewer.memberships.find((m) => m.organizationId === proposal.organizationId) ?? viewer.memberships[0];
		await addComment(db, {
			proposalId: proposal.id,
			userId: user.id,
			organizationId: organization?.organizationId ?? null,
			body: body.value
		});
		done(event, 'kommentiert');
	},
	ausblenden: async (event) => {
		const coordinator = requireCoordinator(event);
		const { proposal, db, form } = await visibleToUser(event);
		const commentId = Number(formText(form, 'commentId'));
		if (!Number.isInteger(commentId)) return fail(400, { message: 'Dieser Kommentar wurde nicht gefunden.' });
		const hidden = formText(form, 'einblenden') !== '1';
		if (!(await setCommentHidden(db, { proposalId: proposal.id, commentId, hidden, userId: coordinator.id }))) {
			error(404, 'Dieser Kommentar wurde nicht gefunden.');
		}
		done(event, hidden ? 'ausgeblendet' : 'eingeblendet');
	},
	folgen: async (event) => {
		const { user, proposal, db } = await visibleToUser(event);
		await follow(db, proposal.id, user.id);
		done(event, 'gefolgt');
	},
	entfolgen: async (event) => {
		const { user, proposal, db } = await visibleToUser(event);
		await unfollow(db, proposal.id, user.id);
		done(event, 'entfolgt');
	}
} satisfies Actions;

async function decide(event: RequestEvent, accept: boolean) {
	const { user, proposal, db, form } = await visibleToUser(event);
	await requireOrganizationRole(event, db, proposal.organizationId, EDITORS);
	const offerId = Number(formText(form, 'offerId'));
	if (!Number.isInteger(offerId)) return fail(400, { message: 'Dieses Angebot wurde nicht gefunden.' });
	try {
		await decideOffer(
			db,
			{ proposalId: proposal.id, offerId, accept, userId: user.id },
			getRuntime().config.origin
		);
	} catch (err) {
		return ruleFailure(err);
	}
	await deliverNotices(db, noticeContext(getRuntime().config));
	done(event, accept ? 'angenommen' : 'abgelehnt');
}
