import { findUnsubscribeAccount, unsubscribe } from '$lib/server/notifications/unsubscribe';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

// The link in every notification mail. Opening it changes nothing (mail scanners open links too);
// the button on the page does.
export const load: PageServerLoad = async ({ params }) => {
	const account = await findUnsubscribeAccount(getRuntime().db, params.token);
	return { known: account !== null, alreadyOff: account?.mode === 'off' };
};

export const actions = {
	default: async ({ params }) => ({ done: await unsubscribe(getRuntime().db, params.token) })
} satisfies Actions;
