import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

// /en/netzwerk, /pl/netzwerk and /cs/netzwerk are served by the route of /netzwerk.
export const reroute: Reroute = (request) => deLocalizeUrl(request.url).pathname;
