import type { Handle } from '@sveltejs/kit';
import { readConfig } from './config';

// Response headers for every answer. The Content-Security-Policy comes from kit.csp in svelte.config.js,
// because only SvelteKit knows the nonces of its inline bootstrap script.

export interface SecurityHeaderOptions {
	/** Served over https (ORIGIN): browsers may then be told to never use plain http again. */
	production: boolean;
	/** The answer shows a signed-in person's data, so no cache may keep it. */
	authenticated: boolean;
}

const HSTS = 'max-age=31536000; includeSubDomains';

/** Sets the headers on the response, or on a copy when its headers are immutable (e.g. a fetched response). */
export function securityHeaders(response: Response, options: SecurityHeaderOptions): Response {
	const result = hasMutableHeaders(response) ? response : new Response(response.body, response);
	const headers = result.headers;
	headers.set('X-Content-Type-Options', 'nosniff');
	// SvelteKit answers pages as bare text/html; without a charset an old browser may guess one.
	if (headers.get('Content-Type') === 'text/html') headers.set('Content-Type', 'text/html; charset=utf-8');
	headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
	if (options.production) headers.set('Strict-Transport-Security', HSTS);
	if (options.authenticated) headers.set('Cache-Control', 'no-store');
	return result;
}

let production: boolean | undefined;

/**
 * First in the hooks sequence, so it sees the response of every later handle. "Authenticated" is read
 * after resolve(): the session handle further down the chain has put the user into locals by then.
 */
export const securityHeadersHandle: Handle = async ({ event, resolve }) => {
	production ??= isHttpsOrigin(readConfig().origin);
	const response = await resolve(event);
	return securityHeaders(response, { production, authenticated: hasSignedInUser(event.locals) });
};

export function isHttpsOrigin(origin: string | undefined): boolean {
	return origin?.startsWith('https://') ?? false;
}

// The session handle (src/lib/server/auth) declares App.Locals.user; read structurally so that this module
// does not depend on the auth module's types.
function hasSignedInUser(locals: App.Locals): boolean {
	return (locals as { user?: unknown }).user != null;
}

function hasMutableHeaders(response: Response): boolean {
	try {
		response.headers.set('X-Content-Type-Options', 'nosniff');
		return true;
	} catch (error) {
		if (error instanceof TypeError) return false;
		throw error;
	}
}
