import { fail, redirect } from '@sveltejs/kit';
import { safeRedirectTarget, TWO_FACTOR_PATH } from '$lib/server/auth/guards';
import { authenticate, homePath, startSession } from '$lib/server/auth/login';
import { retryMessage } from '$lib/server/auth/retry-message';
import { isSecureOrigin } from '$lib/server/auth/session-cookie';
import { formText } from '$lib/server/forms';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const weiter = url.searchParams.get('weiter') ?? '';
	if (locals.user && locals.session) {
		if (locals.user.totpEnabled && !locals.session.twoFactorVerified) redirect(303, twoFactorPath(weiter));
		redirect(303, safeRedirectTarget(weiter, homePath(locals.user.role === 'coordinator')));
	}
	return {
		weiter,
		passwordChanged: url.searchParams.has('passwort-geaendert'),
		loggedOut: url.searchParams.has('abgemeldet')
	};
};

export const actions = {
	default: async ({ request, cookies, locals, getClientAddress }) => {
		const form = await request.formData();
		const email = formText(form, 'email').trim();
		const password = formText(form, 'password');
		const weiter = formText(form, 'weiter');
		const values = { email };

		const errors: { email?: string; password?: string } = {};
		if (email === '') errors.email = m.auth_error_email_missing();
		if (password === '') errors.password = m.auth_error_password_missing();
		if (errors.email || errors.password) return fail(400, { values, errors });

		const { db, config } = getRuntime();
		const result = await authenticate(db, { email, password, address: getClientAddress() });
		if (result.kind === 'throttled') return fail(429, { values, message: retryMessage(result.retryAfterMs) });
		if (result.kind === 'invalid') return fail(400, { values, message: m.auth_error_wrong_credentials() });

		await startSession(db, cookies, {
			userId: result.userId,
			twoFactorVerified: !result.needsTwoFactor,
			previousSessionId: locals.session?.id,
			secure: isSecureOrigin(config.origin)
		});
		if (result.needsTwoFactor) redirect(303, twoFactorPath(weiter));
		redirect(303, safeRedirectTarget(weiter, homePath(result.isCoordinator)));
	}
} satisfies Actions;

/** The second step in the language of the first; the signed-in areas after it are German only. */
function twoFactorPath(weiter: string): string {
	return localizeHref(weiter === '' ? TWO_FACTOR_PATH : `${TWO_FACTOR_PATH}?${new URLSearchParams({ weiter })}`);
}
