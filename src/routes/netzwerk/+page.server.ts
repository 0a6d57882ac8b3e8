import { parseDirectoryQuery } from '$lib/directory/query';
import { searchDirectory } from '$lib/server/partners/directory';
import { getRuntime } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const query = parseDirectoryQuery(url.searchParams);
	return { result: await searchDirectory(getRuntime(), query) };
};
