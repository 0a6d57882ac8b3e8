import { redirect } from '@sveltejs/kit';
import { requireUser, TWO_FACTOR_SETUP_PATH, type GuardEvent } from '$lib/server/auth/guards';
import type { SessionUser } from '$lib/server/auth/session';

/** The signed-in person; a coordinator still without two-factor sets it up first, as everywhere else. */
export function requireAccountOwner(event: GuardEvent): SessionUser {
	const user = requireUser(event);
	if (user.role === 'coordinator' && !user.totpEnabled) redirect(303, TWO_FACTOR_SETUP_PATH);
	return user;
}
