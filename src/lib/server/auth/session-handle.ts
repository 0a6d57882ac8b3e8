import type { Handle } from '@sveltejs/kit';
import { getRuntime } from '../runtime';
import { validateSessionToken } from './session';
import { deleteSessionCookie, isSecureOrigin, readSessionCookie, setSessionCookie } from './session-cookie';

/**
 * Puts the user and session of a valid session cookie into locals (null otherwise), renews the
 * cookie with the session's new expiry, and deletes a cookie whose session is gone or expired.
 */
export const sessionHandle: Handle = async ({ event, resolve }) => {
	const { db, config } = getRuntime();
	const secure = isSecureOrigin(config.origin);
	event.locals.user = null;
	event.locals.session = null;
	const token = readSessionCookie(event.cookies, secure);
	if (token !== undefined) {
		const validation = await validateSessionToken(db, token);
		if (validation) {
			event.locals.user = validation.user;
			event.locals.session = validation.session;
			setSessionCookie(event.cookies, token, validation.session.expiresAt, secure);
		} else {
			deleteSessionCookie(event.cookies, secure);
		}
	}
	return resolve(event);
};
