import { fail, redirect } from '@sveltejs/kit';
import { requireGroupManager } from '$lib/server/groups/access';
import { parseMeetingForm, type MeetingValues } from '$lib/server/groups/meeting-form';
import { createMeeting } from '$lib/server/groups/meetings';
import { deliverNotices, noticeContext } from '$lib/server/notifications/after-commit';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

const EMPTY: MeetingValues = {
	title: '',
	date: '',
	startTime: '',
	endTime: '',
	location: '',
	videoUrl: '',
	agenda: ''
};

export const load: PageServerLoad = async (event) => {
	const { group } = await requireGroupManager(event, getRuntime().db, event.params.group);
	return { group: { slug: group.slug, name: group.name }, values: EMPTY };
};

export const actions = {
	default: async (event) => {
		const { db, config } = getRuntime();
		const { user, group } = await requireGroupManager(event, db, event.params.group);
		const parsed = parseMeetingForm(await event.request.formData());
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const context = noticeContext(config);
		const id = await createMeeting(db, group, parsed.fields, user.id, context.origin);
		await deliverNotices(db, context);
		redirect(303, `/arbeitsgruppen/${group.slug}/intern/termine/${id}?angelegt`);
	}
} satisfies Actions;
