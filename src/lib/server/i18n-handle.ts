import type { Handle } from '@sveltejs/kit';
import { baseLocale, deLocalizeUrl } from '$lib/paraglide/runtime';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { isSignedInArea } from './signed-in-areas';

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
				return resolve(event, {
					transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale)
				});
			});
