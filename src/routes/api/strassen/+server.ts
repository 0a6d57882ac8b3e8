import { json } from '@sveltejs/kit';
import { suggestStreets } from '$lib/server/areas/lookup';
import { parseAreaKind } from '$lib/server/areas/kinds';
import { getRuntime } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

const LIMIT = 8;

/** Street names for the type-ahead of the street lookup: ?q=typed text, &art= kind of area (optional). */
export const GET: RequestHandler = async ({ url }) => {
	const q = (url.searchParams.get('q') ?? '').trim().slice(0, 100);
	const kind = parseAreaKind(url.searchParams.get('art') ?? '') ?? undefined;
	const suggestions = q.length < 2 ? [] : await suggestStreets(getRuntime().db, q, LIMIT, { kind });
	return json({ suggestions }, { headers: { 'cache-control': 'no-store' } });
};
