import { json } from '@sveltejs/kit';
import { parseDirectoryQuery } from '$lib/directory/query';
import { searchDirectory } from '$search/directory';
import { getRuntime } from '$lib/server/runtime';
import { countDirectorySearch } from '$lib/server/search-gaps/count';
import type { RequestHandler } from './$types';

/**
 * The directory as JSON for the instant search; any query string yields an answer, never a 500.
 * `lang` (en, pl, cs) brings the partners' own translations; anything else means German.
 * `live=1` marks an update while someone is still typing: it is not counted in the search gaps.
 */
export const GET: RequestHandler = async ({ url }) => {
	const runtime = getRuntime();
	const query = parseDirectoryQuery(url.searchParams);
	const locale = url.searchParams.get('lang') ?? 'de';
	const result = await searchDirectory(runtime, query, locale);
	countDirectorySearch(runtime.db, query, result, { locale, live: url.searchParams.get('live') === '1' });
	return json(result, { headers: { 'cache-control': 'no-store' } });
};
