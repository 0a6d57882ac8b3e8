import { json } from '@sveltejs/kit';
import { parseDirectoryQuery } from '$lib/directory/query';
import { searchDirectory } from '$search/directory';
import { getRuntime } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

/** The directory as JSON for the instant search; any query string yields an answer, never a 500. */
export const GET: RequestHandler = async ({ url }) => {
	const result = await searchDirectory(getRuntime(), parseDirectoryQuery(url.searchParams));
	return json(result, { headers: { 'cache-control': 'no-store' } });
};
