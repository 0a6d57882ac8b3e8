import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { isHttpsOrigin, securityHeaders, securityHeadersHandle } from './security-headers';

const anonymous = { production: false, authenticated: false };

describe('securityHeaders', () => {
	it('forbids content sniffing, limits the referrer and switches off camera, microphone and location', () => {
		const headers = securityHeaders(new Response('ok'), anonymous).headers;
		expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
		expect(headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
		expect(headers.get('Permissions-Policy')).toBe('camera=(), microphone=(), geolocation=()');
	});

	it('asks browsers to stay on https only in production', () => {
		expect(securityHeaders(new Response('ok'), anonymous).headers.has('Strict-Transport-Security')).toBe(false);
		expect(
			securityHeaders(new Response('ok'), { ...anonymous, production: true }).headers.get(
				'Strict-Transport-Security'
			)
		).toBe('max-age=31536000; includeSubDomains');
	});

	it('keeps pages of signed-in people out of every cache and leaves public caching to the route', () => {
		const routeCaching = () => new Response('ok', { headers: { 'Cache-Control': 'no-cache' } });
		expect(
			securityHeaders(routeCaching(), { ...anonymous, authenticated: true }).headers.get('Cache-Control')
		).toBe('no-store');
		expect(securityHeaders(routeCaching(), anonymous).headers.get('Cache-Control')).toBe('no-cache');
	});

	it('adds the headers to a copy when the response cannot be changed, keeping status and location', async () => {
		const redirect = Response.redirect('http://localhost/anmelden', 303);
		const result = securityHeaders(redirect, anonymous);
		expect(result.status).toBe(303);
		expect(result.headers.get('Location')).toBe('http://localhost/anmelden');
		expect(result.headers.get('X-Content-Type-Options')).toBe('nosniff');
	});
});

describe('securityHeadersHandle', () => {
	// Only locals matter to the handle; the rest of a request event is left out.
	const answer = (locals: object) =>
		securityHeadersHandle({
			event: { locals } as unknown as RequestEvent,
			resolve: async () => new Response('ok')
		});

	it('marks the answer to a signed-in person as not storable and an anonymous one not', async () => {
		expect((await answer({ user: { id: 1 }, session: { id: 'abc' } })).headers.get('Cache-Control')).toBe(
			'no-store'
		);
		expect((await answer({})).headers.get('Cache-Control')).toBeNull();
		expect((await answer({})).headers.get('X-Content-Type-Options')).toBe('nosniff');
	});
});

describe('isHttpsOrigin', () => {
	it('treats only an https ORIGIN as production', () => {
		expect(isHttpsOrigin('https://kpr-zittau.de')).toBe(true);
		expect(isHttpsOrigin('http://localhost:3000')).toBe(false);
		expect(isHttpsOrigin(undefined)).toBe(false);
	});
});
