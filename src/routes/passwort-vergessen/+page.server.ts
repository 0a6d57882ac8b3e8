import { fail } from '@sveltejs/kit';
import { requestPasswordReset } from '$lib/server/auth/password-reset';
import { retryMessage } from '$lib/server/auth/retry-message';
import { formText } from '$lib/server/forms';
import { m } from '$lib/paraglide/messages';
import { getRuntime } from '$lib/server/runtime';
import type { Actions } from './$types';
import { isEmailAddress } from '$lib/validation/email';

export const actions = {
	default: async ({ request, getClientAddress }) => {
		const form = await request.formData();
		const email = formText(form, 'email').trim();
		const values = { email };
		if (!isEmailAddress(email)) {
			return fail(400, { values, error: m.auth_error_email_invalid() });
		}
		const result = requestPasswordReset(getRuntime().db, {
			email,
			address: getClientAddress(),
			origin: getRuntime().config.origin
		});
		if (result.kind === 'throttled') return fail(429, { values, message: retryMessage(result.retryAfterMs) });
		// The answer does not wait for the mail (see requestPasswordReset); a failed delivery is logged.
		result.delivery.catch((error: unknown) => console.error('[auth] password reset mail failed', error));
		return { sent: true, values };
	}
} satisfies Actions;
