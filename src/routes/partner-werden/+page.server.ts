import { fail, redirect } from '@sveltejs/kit';
import { parseApplicationForm } from '$lib/server/applications/application-form';
import { receiveApplication } from '$lib/server/applications/intake';
import { retryMessage } from '$lib/server/auth/retry-message';
import { localizeHref } from '$lib/paraglide/runtime';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => ({ sent: url.searchParams.has('gesendet') });

export const actions = {
	default: async ({ request, getClientAddress }) => {
		const form = await request.formData();
		const result = await receiveApplication(getRuntime().db, form, { ip: getClientAddress() });
		if (result.kind === 'invalid') return fail(400, { values: result.values, errors: result.errors });
		if (result.kind === 'throttled') {
			return fail(429, { values: parseApplicationForm(form).values, message: retryMessage(result.retryAfterMs) });
		}
		redirect(303, localizeHref('/partner-werden?gesendet'));
	}
} satisfies Actions;
