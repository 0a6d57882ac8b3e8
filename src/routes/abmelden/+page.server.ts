import { redirect } from '@sveltejs/kit';
import { logAuthEvent } from '$lib/server/auth/events';
import { invalidateSession } from '$lib/server/auth/session';
import { deleteSessionCookie, isSecureOrigin } from '$lib/server/auth/session-cookie';
import { localizeHref } from '$lib/paraglide/runtime';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => ({ signedIn: locals.session !== null });

export const actions = {
	default: async ({ cookies, locals, getClientAddress }) => {
		const { db, config } = getRuntime();
		if (locals.session) {
			await invalidateSession(db, locals.session.id);
			await logAuthEvent(db, 'logout', { userId: locals.session.userId, ip: getClientAddress() });
		}
		deleteSessionCookie(cookies, isSecureOrigin(config.origin));
		redirect(303, localizeHref('/anmelden?abgemeldet'));
	}
} satisfies Actions;
