import { json } from '@sveltejs/kit';
import { parseDirectoryQuery } from '$lib/directory/query';
import { searchDirectory } from '$search/directory';
import { getRuntime } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

/**
 * The directory as JSON for the instant search; any query string yields an answer, never a 500.
 * `lang` (en, pl, cs) brings the partners' own translations; anything else means German.
 */
export const GET: RequestHandler = async ({ url }) => {
	const query = parseDirectoryQuery(url.searchParams);
	const result = await searchDirectory(getRuntime(), query, url.searchParams.get('lang') ?? 'de');
	return json(result, { headers: { 'cache-control': 'no-store' } });
};
