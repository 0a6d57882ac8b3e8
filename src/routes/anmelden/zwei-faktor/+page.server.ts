import { fail, redirect } from '@sveltejs/kit';
import { LOGIN_PATH, safeRedirectTarget } from '$lib/server/auth/guards';
import { homePath, startSession } from '$lib/server/auth/login';
import { retryMessage } from '$lib/server/auth/retry-message';
import { verifySecondFactor } from '$lib/server/auth/second-factor';
import type { Session, SessionUser } from '$lib/server/auth/session';
import { isSecureOrigin } from '$lib/server/auth/session-cookie';
import { formText } from '$lib/server/forms';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const weiter = url.searchParams.get('weiter') ?? '';
	pendingLogin(locals, weiter);
	return { weiter };
};

export const actions = {
	default: async ({ request, cookies, locals, getClientAddress }) => {
		const form = await request.formData();
		const code = formText(form, 'code').trim();
		const weiter = formText(form, 'weiter');
		const { user, session } = pendingLogin(locals, weiter);
		if (code === '') return fail(400, { error: m.auth_error_code_missing() });

		const { db, config } = getRuntime();
		const result = await verifySecondFactor(db, { userId: user.id, code, address: getClientAddress() });
		if (result.kind === 'throttled') return fail(429, { error: retryMessage(result.retryAfterMs) });
		if (result.kind === 'invalid') {
			return fail(400, { error: m.auth_error_code_wrong() });
		}
		// The raised session gets a new id too, so that a token seen before the second factor is worthless.
		await startSession(db, cookies, {
			userId: user.id,
			twoFactorVerified: true,
			previousSessionId: session.id,
			secure: isSecureOrigin(config.origin)
		});
		redirect(303, safeRedirectTarget(weiter, homePath(user.role === 'coordinator')));
	}
} satisfies Actions;

/** The session waiting for its second factor; anyone else is sent on to where they belong. */
function pendingLogin(locals: App.Locals, weiter: string): { user: SessionUser; session: Session } {
	const { user, session } = locals;
	if (!user || !session) redirect(303, localizeHref(LOGIN_PATH));
	if (!user.totpEnabled || session.twoFactorVerified) {
		redirect(303, safeRedirectTarget(weiter, homePath(user.role === 'coordinator')));
	}
	return { user, session };
}
