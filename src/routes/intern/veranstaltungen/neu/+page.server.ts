import { fail, redirect } from '@sveltejs/kit';
import { requireOrganizationRole } from '$lib/server/auth/guards';
import { formText } from '$lib/server/forms';
import { emptyNewsFormValues } from '$lib/server/news/form-values';
import { parseNewsForm } from '$lib/server/news/news-form';
import { requireEventSubmitter } from '$lib/server/news/partner-access';
import { submitEvent } from '$lib/server/news/service';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

const CHOOSE = 'Bitte wählen Sie, für welche Ihrer Organisationen Sie die Veranstaltung einreichen.';

export const load: PageServerLoad = async (event) => {
	const { organizations } = await requireEventSubmitter(event, getRuntime().db);
	return {
		organizations: organizations.map((o) => ({ id: o.organizationId, name: o.organizationName })),
		values: emptyNewsFormValues('event')
	};
};

export const actions = {
	default: async (event) => {
		const { db } = getRuntime();
		const { organizations } = await requireEventSubmitter(event, db);
		const form = await event.request.formData();
		const parsed = parseNewsForm(form, { kind: 'event' });
		const organizationId =
			organizations.length === 1 ? organizations[0].organizationId : Number(formText(form, 'organizationId'));
		const known = organizations.some((o) => o.organizationId === organizationId);
		if (!parsed.ok || !known) {
			const errors = { ...(parsed.ok ? {} : parsed.errors), ...(known ? {} : { organizationId: CHOOSE }) };
			return fail(400, { values: parsed.values, organizationId, errors });
		}
		const { user } = await requireOrganizationRole(event, db, organizationId, ['admin', 'editor']);
		await submitEvent(db, parsed.input, { authorId: user.id, organizationId });
		redirect(303, '/intern/veranstaltungen?hinweis=eingereicht');
	}
} satisfies Actions;
