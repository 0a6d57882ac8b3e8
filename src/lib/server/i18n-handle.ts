import type { Handle } from '@sveltejs/kit';
import { baseLocale, deLocalizeUrl } from '$lib/paraglide/runtime';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { isSignedInArea } from './signed-in-areas';

// src/app.html names the base language itself. A German page therefore goes out without a
// transformPageChunk: replacing a placeholder made V8 copy the whole rendered page once more, and a
// 70,000-character page that is not pure Latin-1 (the language switch's "Čeština" alone makes it
// two bytes a character) is a 140 KB string, past V8's 128 KB limit for ordinary heap objects; each
// such copy cost ~0.5 ms on the benchmark machine (README, Benchmarks).
const BASE_LANG_ATTRIBUTE = `<html lang="${baseLocale}"`;

/**
 * Reads the language from the URL for the rest of the request and sets `<html lang>`. The signed-in
 * areas speak German only; /en/intern and the like lead there instead of mixing languages. The JSON API
 * answers the same in every language, so it skips the middleware (which copies every request).
 */
export const i18nHandle: Handle = ({ event, resolve }) =>
	event.url.pathname.startsWith('/api/')
		? resolve(event)
		: paraglideMiddleware(event.request, ({ request, locale }) => {
				const german = deLocalizeUrl(event.url);
				if (locale !== baseLocale && isSignedInArea(german.pathname)) {
					return new Response(null, { status: 307, headers: { location: german.pathname + german.search } });
				}
				event.request = request;
				if (locale === baseLocale) return resolve(event);
				return resolve(event, {
					transformPageChunk: ({ html }) => html.replace(BASE_LANG_ATTRIBUTE, `<html lang="${locale}"`)
				});
			});
