import { fail, redirect } from '@sveltejs/kit';
import { isResetTokenValid, resetPassword } from '$lib/server/auth/password-reset';
import { formText } from '$lib/server/forms';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => ({
	valid: await isResetTokenValid(getRuntime().db, params.token)
});

export const actions = {
	default: async ({ request, params, getClientAddress }) => {
		const form = await request.formData();
		const password = formText(form, 'password');
		if (password === '') return fail(400, { error: m.auth_error_new_password_missing() });
		const result = await resetPassword(getRuntime().db, {
			token: params.token,
			password,
			address: getClientAddress()
		});
		if (result.kind === 'invalid_token') return fail(410, { expired: true });
		if (result.kind === 'weak_password') return fail(400, { error: result.message });
		redirect(303, localizeHref('/anmelden?passwort-geaendert'));
	}
} satisfies Actions;
