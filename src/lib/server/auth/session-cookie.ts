import type { Cookies } from '@sveltejs/kit';
import { isHttpsOrigin } from '../security-headers';
import { sessionCookieName, sessionCookieOptions } from './session';

/**
 * Whether the session cookie is Secure (and `__Host-` prefixed): only when the portal is served
 * over https (ORIGIN), because browsers drop such cookies on plain http, as in development and e2e.
 */
export function isSecureOrigin(origin: string | undefined): boolean {
	return isHttpsOrigin(origin);
}

export function readSessionCookie(cookies: Cookies, secure: boolean): string | undefined {
	return cookies.get(sessionCookieName(secure));
}

export function setSessionCookie(cookies: Cookies, token: string, expiresAt: Date, secure: boolean): void {
	cookies.set(sessionCookieName(secure), token, sessionCookieOptions(secure, expiresAt));
}

export function deleteSessionCookie(cookies: Cookies, secure: boolean): void {
	cookies.delete(sessionCookieName(secure), { httpOnly: true, sameSite: 'lax', path: '/', secure });
}
