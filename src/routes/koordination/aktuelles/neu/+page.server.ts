import { fail, redirect } from '@sveltejs/kit';
import { requireCoordinator } from '$lib/server/auth/guards';
import { formText } from '$lib/server/forms';
import { emptyNewsFormValues } from '$lib/server/news/form-values';
import { parseNewsForm } from '$lib/server/news/news-form';
import { createNewsItem } from '$lib/server/news/service';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
	return {
		values: emptyNewsFormValues(event.url.searchParams.get('art') === 'veranstaltung' ? 'event' : 'press_release')
	};
};

export const actions = {
	default: async (event) => {
		const coordinator = requireCoordinator(event);
		const form = await event.request.formData();
		const parsed = parseNewsForm(form);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const publish = formText(form, 'intent') === 'publish';
		const { id } = await createNewsItem(getRuntime().db, parsed.input, { authorId: coordinator.id, publish });
		redirect(303, `/koordination/aktuelles/${id}?hinweis=${publish ? 'veroeffentlicht' : 'angelegt'}`);
	}
} satisfies Actions;
