import { fail, redirect } from '@sveltejs/kit';
import { requireCoordinator } from '$lib/server/auth/guards';
import { formText } from '$lib/server/forms';
import { formItemId } from '$lib/server/news/item-id';
import { listAllNews } from '$lib/server/news/queries';
import { declineSubmission, NewsStateError, publishNewsItem, unpublishNewsItem } from '$lib/server/news/service';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

const NOT_POSSIBLE = 'Das ist bei diesem Beitrag nicht (mehr) möglich. Die Liste zeigt den aktuellen Stand.';
const NO_ITEM = 'Bitte wählen Sie einen Beitrag aus der Liste.';

export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
	const items = await listAllNews(getRuntime().db);
	return { items: items.map(({ body: _body, ...item }) => item), notice: event.url.searchParams.get('hinweis') };
};

/** Runs a status change on the posted item; a lost race or a stale list answers 409. */
async function changeStatus(form: FormData, change: (id: number) => Promise<void>, notice: string) {
	const itemId = formItemId(form);
	if (itemId === null) return fail(400, { itemId, message: NO_ITEM });
	try {
		await change(itemId);
	} catch (error) {
		if (error instanceof NewsStateError) return fail(409, { itemId, message: NOT_POSSIBLE });
		throw error;
	}
	redirect(303, `/koordination/aktuelles?hinweis=${notice}`);
}

export const actions = {
	veroeffentlichen: async (event) => {
		requireCoordinator(event);
		const { db } = getRuntime();
		return changeStatus(await event.request.formData(), (id) => publishNewsItem(db, id), 'veroeffentlicht');
	},
	zurueckziehen: async (event) => {
		requireCoordinator(event);
		const { db } = getRuntime();
		return changeStatus(await event.request.formData(), (id) => unpublishNewsItem(db, id), 'zurueckgezogen');
	},
	ablehnen: async (event) => {
		requireCoordinator(event);
		const { db, config } = getRuntime();
		const form = await event.request.formData();
		const reason = formText(form, 'reason').trim();
		if (reason.length < 10 || reason.length > 2000) {
			return fail(400, {
				itemId: formItemId(form),
				reasonValue: reason,
				reasonError:
					'Bitte schreiben Sie der einreichenden Organisation in 10 bis 2000 Zeichen, warum Sie ablehnen.'
			});
		}
		const origin = config.origin;
		return changeStatus(form, (id) => declineSubmission(db, { id, reason }, { origin }), 'abgelehnt');
	}
} satisfies Actions;
