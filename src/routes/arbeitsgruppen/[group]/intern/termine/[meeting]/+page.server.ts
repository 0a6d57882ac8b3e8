import { error, fail } from '@sveltejs/kit';
import { requireGroupManager, requireGroupMember } from '$lib/server/groups/access';
import { addAttachment, AttachmentError, deleteAttachment, listAttachments } from '$lib/server/groups/attachments';
import { berlinParts } from '$lib/validation/berlin-time';
import { MAX_ATTACHMENT_BYTES } from '$lib/server/groups/attachments';
import { DOCUMENT_EXTENSIONS, tooLargeMessage } from '$lib/validation/file-types';
import { parseMeetingForm } from '$lib/server/groups/meeting-form';
import { cancelMeeting, getMeeting, saveMinutes, updateMeeting, type Meeting } from '$lib/server/groups/meetings';
import { parseMinutesForm } from '$lib/server/groups/post-form';
import { formText } from '$lib/server/forms';
import { renderMarkdown } from '$lib/server/markdown/render';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db } = getRuntime();
	const { group, canManage } = await requireGroupMember(event, db, event.params.group);
	const meeting = await meetingOf(group.id, event.params.meeting);
	const start = berlinParts(new Date(meeting.startsAt));
	return {
		group: { slug: group.slug, name: group.name },
		canManage,
		meeting: {
			...meeting,
			agendaHtml: renderMarkdown(meeting.agenda),
			minutesHtml: renderMarkdown(meeting.minutes)
		},
		attachments: await listAttachments(db, [meeting.id]),
		accept: DOCUMENT_EXTENSIONS.map((extension) => `.${extension}`).join(','),
		values: {
			title: meeting.title,
			date: start.date,
			startTime: start.time,
			endTime: berlinParts(new Date(meeting.endsAt)).time,
			location: meeting.location ?? '',
			videoUrl: meeting.videoUrl ?? '',
			agenda: meeting.agenda
		}
	};
};

export const actions = {
	speichern: async (event) => {
		const { group, meeting } = await manage(event);
		const parsed = parseMeetingForm(await event.request.formData());
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		await updateMeeting(getRuntime().db, group.id, meeting.id, parsed.fields);
		return { saved: true };
	},
	protokoll: async (event) => {
		const { group, meeting } = await manage(event);
		const parsed = parseMinutesForm(await event.request.formData());
		if (!parsed.ok) return fail(400, { minutes: parsed.minutes, minutesError: parsed.error });
		await saveMinutes(getRuntime().db, group.id, meeting.id, parsed.minutes);
		return { minutesSaved: true };
	},
	anhang: async (event) => {
		const { user, meeting } = await manage(event);
		const file = (await event.request.formData()).get('file');
		if (!(file instanceof File) || file.size === 0)
			return fail(400, { fileError: 'Bitte wählen Sie eine Datei aus.' });
		if (file.size > MAX_ATTACHMENT_BYTES)
			return fail(400, { fileError: tooLargeMessage('Ein Anhang', MAX_ATTACHMENT_BYTES) });
		try {
			await addAttachment(
				getRuntime().db,
				meeting.id,
				{ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
				user.id
			);
		} catch (thrown) {
			if (thrown instanceof AttachmentError) return fail(400, { fileError: thrown.message });
			throw thrown;
		}
		return { attached: true };
	},
	anhangEntfernen: async (event) => {
		const { meeting } = await manage(event);
		const form = await event.request.formData();
		const attachmentId = Number(formText(form, 'attachmentId'));
		if (!Number.isInteger(attachmentId))
			return fail(400, { fileError: 'Bitte wählen Sie einen Anhang aus der Liste.' });
		if (formText(form, 'confirm') !== 'ja')
			return fail(400, { fileError: 'Bitte bestätigen Sie das Entfernen des Anhangs mit dem Häkchen.' });
		await deleteAttachment(getRuntime().db, meeting.id, attachmentId);
		return { detached: true };
	},
	absagen: async (event) => {
		const { group, meeting } = await manage(event);
		if (formText(await event.request.formData(), 'confirm') !== 'ja') {
			return fail(400, { cancelError: 'Bitte bestätigen Sie die Absage mit dem Häkchen.' });
		}
		await cancelMeeting(getRuntime().db, group.id, meeting.id);
		return { cancelled: true };
	}
} satisfies Actions;

async function manage(event: RequestEvent) {
	const access = await requireGroupManager(event, getRuntime().db, event.params.group);
	return { ...access, meeting: await meetingOf(access.group.id, event.params.meeting) };
}

async function meetingOf(groupId: number, param: string): Promise<Meeting> {
	const meeting = await getMeeting(getRuntime().db, groupId, Number(param));
	if (!meeting) error(404, 'Diesen Termin gibt es in der Arbeitsgruppe nicht.');
	return meeting;
}
