import { error, fail, redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { isGroupMember } from '$lib/server/groups/access';
import { parseJoinForm } from '$lib/server/groups/join-form';
import { listOwnOrganizations } from '$lib/server/groups/member-queries';
import { joinGroup, MembershipError } from '$lib/server/groups/membership';
import { findGroupBySlug, getPublicGroupBySlug } from '$lib/server/groups/queries';
import { renderMarkdown } from '$lib/server/markdown/render';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const { db } = getRuntime();
	const group = await getPublicGroupBySlug(db, params.group);
	if (!group) error(404, 'Arbeitsgruppe nicht gefunden');
	const ref = (await findGroupBySlug(db, params.group))!;
	const { user: account, session } = locals;
	const user = account && session && (!account.totpEnabled || session.twoFactorVerified) ? account : null;
	const { id: _id, description, ...facts } = group;
	return {
		group: { ...facts, descriptionHtml: renderMarkdown(description) },
		viewer: user
			? {
					isCoordinator: user.role === 'coordinator',
					isMember: await isGroupMember(db, ref, user),
					organizations: user.role === 'coordinator' ? [] : await listOwnOrganizations(db, ref.id, user.id)
				}
			: null
	};
};

export const actions = {
	beitreten: async (event) => {
		const user = requireUser(event);
		if (user.role === 'coordinator') error(403, m.groups_error_coordinator());
		const { db } = getRuntime();
		const group = await findGroupBySlug(db, event.params.group);
		if (!group || group.archivedAt) error(404, 'Arbeitsgruppe nicht gefunden');
		const eligible = (await listOwnOrganizations(db, group.id, user.id)).filter(
			(o) => o.status === null || o.status === 'declined'
		);
		const parsed = parseJoinForm(
			await event.request.formData(),
			eligible.map((o) => o.id)
		);
		if (!parsed.ok) {
			const errors = Object.fromEntries(
				Object.entries(parsed.problems).map(([field, problem]) => [
					field,
					problem === 'message' ? m.groups_error_message() : m.groups_error_organization()
				])
			);
			return fail(400, { values: parsed.values, errors });
		}
		try {
			const outcome = await joinGroup(db, group, {
				organizationId: parsed.organizationId,
				userId: user.id,
				message: parsed.values.message
			});
			redirect(
				303,
				`${localizeHref(`/arbeitsgruppen/${group.slug}`)}?${outcome === 'member' ? 'beigetreten' : 'angefragt'}`
			);
		} catch (thrown) {
			if (!(thrown instanceof MembershipError)) throw thrown;
			const message =
				thrown.problem === 'already_member'
					? m.groups_error_already_member()
					: m.groups_error_already_requested();
			return fail(409, { values: parsed.values, errors: { organizationId: message } });
		}
	}
} satisfies Actions;
