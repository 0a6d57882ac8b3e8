import { error, fail, redirect } from '@sveltejs/kit';
import { requireCoordinator } from '$lib/server/auth/guards';
import { deliverMessage, inDeliveryQueue } from '$lib/server/contact/delivery';
import { deleteMessage, getInboxMessage, saveNote, setHandled } from '$lib/server/contact/inbox';
import { isDeletionConfirmed, parseMessageId, parseNoteForm } from '$lib/server/contact/inbox-forms';
import { DELIVERY_LABELS, LOCALE_LABELS, TOPIC_LABELS } from '$lib/server/contact/labels';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const NOT_FOUND = 'Diese Nachricht gibt es nicht (mehr).';

function messageId({ params }: { params: { messageId: string } }): number {
	const id = parseMessageId(params.messageId);
	if (id === null) error(404, NOT_FOUND);
	return id;
}

export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
	const message = await getInboxMessage(getRuntime().db, messageId(event));
	if (!message) error(404, NOT_FOUND);
	return {
		message: {
			...message,
			topicLabel: TOPIC_LABELS[message.topic],
			deliveryLabel: DELIVERY_LABELS[message.delivery],
			localeLabel: LOCALE_LABELS[message.locale]
		},
		notice: event.url.searchParams.get('hinweis')
	};
};

async function setStatus(event: RequestEvent, handled: boolean) {
	const coordinator = requireCoordinator(event);
	const id = messageId(event);
	if (!(await setHandled(getRuntime().db, { id, handled, coordinatorId: coordinator.id }))) error(404, NOT_FOUND);
	redirect(303, `/koordination/postfach/${id}?hinweis=${handled ? 'erledigt' : 'offen'}`);
}

export const actions = {
	erledigt: (event) => setStatus(event, true),
	wiedereroeffnen: (event) => setStatus(event, false),
	notiz: async (event) => {
		requireCoordinator(event);
		const id = messageId(event);
		const parsed = parseNoteForm(await event.request.formData());
		if (!parsed.ok) return fail(400, { note: parsed.note, noteError: parsed.error });
		if (!(await saveNote(getRuntime().db, id, parsed.note))) error(404, NOT_FOUND);
		redirect(303, `/koordination/postfach/${id}?hinweis=notiz`);
	},
	erneutSenden: async (event) => {
		requireCoordinator(event);
		const id = messageId(event);
		const { db } = getRuntime();
		const delivery = await inDeliveryQueue(() => deliverMessage(db, id, { origin: getRuntime().config.origin }));
		if (delivery === null) error(404, NOT_FOUND);
		redirect(
			303,
			`/koordination/postfach/${id}?hinweis=${delivery === 'sent' ? 'zugestellt' : 'nicht-zugestellt'}`
		);
	},
	loeschen: async (event) => {
		requireCoordinator(event);
		const id = messageId(event);
		if (!isDeletionConfirmed(await event.request.formData())) {
			return fail(400, {
				deleteError: 'Bitte bestätigen Sie mit dem Häkchen, dass die Nachricht endgültig gelöscht werden soll.'
			});
		}
		if (!(await deleteMessage(getRuntime().db, id))) error(404, NOT_FOUND);
		redirect(303, '/koordination/postfach?status=alle&geloescht=1');
	}
} satisfies Actions;
