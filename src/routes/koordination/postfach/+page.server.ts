import { fail, redirect } from '@sveltejs/kit';
import { requireCoordinator } from '$lib/server/auth/guards';
import { deliverInBackground } from '$lib/server/contact/delivery';
import { listInbox, type InboxFilter } from '$lib/server/contact/inbox';
import { isDeletionConfirmed } from '$lib/server/contact/inbox-forms';
import { DELIVERY_LABELS, TOPIC_LABELS } from '$lib/server/contact/labels';
import { countExpiredMessages, deleteExpiredMessages } from '$lib/server/contact/retention';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

const FILTERS = { offen: 'open', erledigt: 'handled', alle: 'all' } as const satisfies Record<string, InboxFilter>;
type FilterParam = keyof typeof FILTERS;

function filterParam(url: URL): FilterParam {
	const raw = url.searchParams.get('status') ?? '';
	return raw in FILTERS ? (raw as FilterParam) : 'offen';
}

export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
	const { db, config } = getRuntime();
	// Opening the inbox retries the mails that did not go out; the list shows the state before.
	deliverInBackground(db, { origin: getRuntime().config.origin });
	const filter = filterParam(event.url);
	const page = Number.parseInt(event.url.searchParams.get('seite') ?? '1', 10) || 1;
	const [inbox, expired] = await Promise.all([
		listInbox(db, { filter: FILTERS[filter], page }),
		countExpiredMessages(db, { now: new Date(), months: config.contactRetentionMonths })
	]);
	return {
		...inbox,
		entries: inbox.entries.map((entry) => ({
			...entry,
			topicLabel: TOPIC_LABELS[entry.topic],
			deliveryLabel: DELIVERY_LABELS[entry.delivery]
		})),
		filter,
		expired,
		retentionMonths: config.contactRetentionMonths,
		deleted: event.url.searchParams.get('geloescht')
	};
};

export const actions = {
	aufraeumen: async (event) => {
		requireCoordinator(event);
		const { db, config } = getRuntime();
		if (!isDeletionConfirmed(await event.request.formData())) {
			return fail(400, {
				purgeError:
					'Bitte bestätigen Sie mit dem Häkchen, dass die Nachrichten endgültig gelöscht werden sollen.'
			});
		}
		const deleted = await deleteExpiredMessages(db, { now: new Date(), months: config.contactRetentionMonths });
		redirect(303, `/koordination/postfach?geloescht=${deleted}`);
	}
} satisfies Actions;
