import { error, fail, redirect } from '@sveltejs/kit';
import { newsFormValues } from '$lib/server/news/form-values';
import { parseNewsForm } from '$lib/server/news/news-form';
import { requireOwnSubmission } from '$lib/server/news/partner-access';
import { NewsStateError, updateSubmission } from '$lib/server/news/service';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

const APPROVED = 'Diese Veranstaltung ist bereits freigegeben. Änderungen übernimmt die Koordinierungsstelle.';

export const load: PageServerLoad = async (event) => {
	const { item } = await requireOwnSubmission(event, getRuntime().db);
	return {
		item: {
			id: item.id,
			title: item.title,
			status: item.status,
			organizationName: item.organizationName,
			declineReason: item.declineReason
		},
		values: newsFormValues(item)
	};
};

export const actions = {
	default: async (event) => {
		const { db } = getRuntime();
		const { item } = await requireOwnSubmission(event, db);
		const parsed = parseNewsForm(await event.request.formData(), { kind: 'event' });
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		try {
			await updateSubmission(db, { id: item.id, organizationId: item.organizationId! }, parsed.input);
		} catch (cause) {
			if (cause instanceof NewsStateError) error(409, APPROVED);
			throw cause;
		}
		redirect(303, '/intern/veranstaltungen?hinweis=gespeichert');
	}
} satisfies Actions;
