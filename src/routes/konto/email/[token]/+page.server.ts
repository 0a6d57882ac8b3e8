import { fail } from '@sveltejs/kit';
import { confirmEmailChange, findPendingEmailChange } from '$lib/server/accounts/email-change';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

// The link itself is the proof (it reached the new mailbox), so no login is needed. Opening it only
// shows the address: mail scanners that follow links must not use it up, the button does.
export const load: PageServerLoad = async ({ params }) => ({
	newEmail: await findPendingEmailChange(getRuntime().db, params.token)
});

export const actions = {
	default: async ({ params, getClientAddress }) => {
		const result = await confirmEmailChange(getRuntime().db, params.token, { ip: getClientAddress() });
		if (!result.changed) return fail(400, { reason: result.reason });
		return { confirmedEmail: result.email };
	}
} satisfies Actions;
