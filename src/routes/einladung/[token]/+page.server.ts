import { fail, redirect } from '@sveltejs/kit';
import { acceptInvitation, findInvitation } from '$lib/server/auth/invitation-acceptance';
import { homePath, startSession } from '$lib/server/auth/login';
import { isSecureOrigin } from '$lib/server/auth/session-cookie';
import { formText } from '$lib/server/forms';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => ({
	invitation: await findInvitation(getRuntime().db, params.token)
});

export const actions = {
	default: async ({ request, params, cookies, locals, getClientAddress }) => {
		const form = await request.formData();
		const name = formText(form, 'name');
		const password = formText(form, 'password');
		const { db, config } = getRuntime();
		const result = await acceptInvitation(db, { token: params.token, name, password, address: getClientAddress() });
		if (result.kind === 'invalid_token') return fail(410, { expired: true });
		if (result.kind === 'invalid') return fail(400, { values: { name }, errors: result.errors });

		await startSession(db, cookies, {
			userId: result.userId,
			twoFactorVerified: true,
			previousSessionId: locals.session?.id,
			secure: isSecureOrigin(config.origin)
		});
		redirect(303, homePath(result.isCoordinator));
	}
} satisfies Actions;
