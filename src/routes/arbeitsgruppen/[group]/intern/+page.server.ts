import { fail } from '@sveltejs/kit';
import { requireGroupManager, requireGroupMember } from '$lib/server/groups/access';
import { listAnnouncements, postAnnouncement, replyToAnnouncement } from '$lib/server/groups/announcements';
import { feedTokenCreatedAt, renewFeedToken, revokeFeedToken } from '$lib/server/groups/feed-tokens';
import { listJoinRequests, listMemberContacts, listOwnOrganizations } from '$lib/server/groups/member-queries';
import { decideJoinRequest, MembershipError } from '$lib/server/groups/membership';
import { listMeetings } from '$lib/server/groups/meetings';
import { deliverNotices, noticeContext } from '$lib/server/notifications/after-commit';
import { parseAnnouncementForm, parseReplyForm } from '$lib/server/groups/post-form';
import { formText } from '$lib/server/forms';
import { renderMarkdown } from '$lib/server/markdown/render';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db } = getRuntime();
	const { user, group, canManage } = await requireGroupMember(event, db, event.params.group);
	const page = Math.max(1, Math.floor(Number(event.url.searchParams.get('seite')) || 1));
	const [meetings, announcements, contacts, requests, feedSince, own] = await Promise.all([
		listMeetings(db, group.id),
		listAnnouncements(db, group.id, page),
		listMemberContacts(db, group.id),
		canManage ? listJoinRequests(db, group.id) : Promise.resolve([]),
		feedTokenCreatedAt(db, user.id),
		listOwnOrganizations(db, group.id, user.id)
	]);
	return {
		group: { slug: group.slug, name: group.name },
		canManage,
		canLeave: own.some((o) => o.status === 'member'),
		meetings,
		announcements: {
			page,
			totalPages: announcements.totalPages,
			items: announcements.items.map(({ body, ...a }) => ({ ...a, bodyHtml: renderMarkdown(body) }))
		},
		contacts,
		requests,
		feedSince
	};
};

export const actions = {
	annehmen: (event) => decide(event, true),
	ablehnen: (event) => decide(event, false),
	mitteilung: async (event) => {
		const { db, config } = getRuntime();
		const { user, group } = await requireGroupManager(event, db, event.params.group);
		const parsed = parseAnnouncementForm(await event.request.formData());
		if (!parsed.ok) return fail(400, { announcement: parsed.values, announcementErrors: parsed.errors });
		const context = noticeContext(config);
		await postAnnouncement(db, group, { ...parsed.values, authorId: user.id }, context.origin);
		await deliverNotices(db, context);
		return { posted: true };
	},
	antworten: async (event) => {
		const { db } = getRuntime();
		const { user, group } = await requireGroupMember(event, db, event.params.group);
		const parsed = parseReplyForm(await event.request.formData());
		if (!parsed.ok) return fail(400, { reply: parsed.values, replyError: parsed.error });
		const saved = await replyToAnnouncement(db, group.id, { ...parsed.values, authorId: user.id });
		if (!saved)
			return fail(404, {
				reply: parsed.values,
				replyError: 'Diese Mitteilung gibt es in der Arbeitsgruppe nicht.'
			});
		return { replied: parsed.values.announcementId };
	},
	kalender: async (event) => {
		const { db } = getRuntime();
		const { user } = await requireGroupMember(event, db, event.params.group);
		return { feedToken: await renewFeedToken(db, user.id) };
	},
	kalenderWiderrufen: async (event) => {
		const { db } = getRuntime();
		const { user } = await requireGroupMember(event, db, event.params.group);
		await revokeFeedToken(db, user.id);
		return { feedRevoked: true };
	}
} satisfies Actions;

async function decide(event: RequestEvent, accept: boolean) {
	const { db } = getRuntime();
	const { user, group } = await requireGroupManager(event, db, event.params.group);
	const requestId = Number(formText(await event.request.formData(), 'requestId'));
	if (!Number.isInteger(requestId))
		return fail(400, { requestError: 'Bitte wählen Sie eine Anfrage aus der Liste.' });
	try {
		await decideJoinRequest(db, group, { requestId, accept, deciderId: user.id });
	} catch (thrown) {
		if (thrown instanceof MembershipError) return fail(409, { requestError: thrown.message });
		throw thrown;
	}
	return { decided: accept ? 'accepted' : 'declined' };
}
