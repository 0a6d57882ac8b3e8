import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { bodyLimitFor, bodyLimitHandle, DEFAULT_BODY_LIMIT, LARGEST_BODY_LIMIT } from './body-limit';

function post(routeId: string, headers: Record<string, string>) {
	const event = {
		request: new Request('http://localhost/x', { method: 'POST', headers }),
		route: { id: routeId }
	} as unknown as RequestEvent;
	let resolved = false;
	const resolve = async () => {
		resolved = true;
		return new Response('ok');
	};
	return { answer: bodyLimitHandle({ event, resolve }) as Promise<Response>, resolved: () => resolved };
}

describe('the body limit per route', () => {
	it('refuses a 40 MB post to the login form with 413 before the form is read', async () => {
		const attempt = post('/anmelden', { 'content-length': String(40 * 1024 * 1024) });
		expect((await attempt.answer).status).toBe(413);
		expect(attempt.resolved()).toBe(false);
	});

	it('lets a form without a file have 512 KB and the video upload 40 MB and its fields', async () => {
		expect((await post('/anmelden', { 'content-length': String(DEFAULT_BODY_LIMIT) }).answer).status).toBe(200);
		expect(bodyLimitFor('/koordination/seiten/video')).toBe(LARGEST_BODY_LIMIT);
		expect(
			(await post('/koordination/seiten/video', { 'content-length': String(40 * 1024 * 1024) }).answer).status
		).toBe(200);
		expect(
			(await post('/koordination/seiten/berichte', { 'content-length': String(40 * 1024 * 1024) }).answer).status
		).toBe(413);
	});

	it('refuses a body of undeclared length on a route without uploads', async () => {
		expect((await post('/kontakt', { 'transfer-encoding': 'chunked' }).answer).status).toBe(411);
	});
});
