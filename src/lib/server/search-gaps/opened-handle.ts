import type { Handle } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { readResultMarker } from '$lib/search-gaps/marker';
import { getRuntime } from '../runtime';
import { countOpenedResult } from './record';

/**
 * A page opened from a search result (its address carries the search's marker, see
 * $lib/search-gaps/marker) counts one opened result for that search's week, once the page answered
 * 200. Works for the first request and for SvelteKit's data request of a client-side navigation
 * alike, so it needs no JavaScript; nothing about the visitor is read.
 */
export const openedResultHandle: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	if (event.request.method !== 'GET' || response.status !== 200 || event.url.pathname.startsWith('/api/')) {
		return response;
	}
	const marker = readResultMarker(event.url.searchParams);
	if (marker) await countOpenedResult(getRuntime().db, { ...marker, locale: getLocale() });
	return response;
};
