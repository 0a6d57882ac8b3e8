import { getLocale } from '$lib/paraglide/runtime';
import { getRuntime } from '$lib/server/runtime';
import { countPortalSearch } from '$lib/server/search-gaps/count';
import { searchPortal } from '$search/portal-search';
import { isPortalGroup } from '$search/portal-types';
import type { PageServerLoad } from './$types';
import { LIVE_PARAM } from './live';

const MAX_QUERY_LENGTH = 200;

// /suche?q=…: the header's search box. `bereich` shows one group with all its hits ("alle anzeigen").
export const load: PageServerLoad = async ({ url }) => {
	const runtime = getRuntime();
	const q = (url.searchParams.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH);
	const group = url.searchParams.get('bereich');
	const only = isPortalGroup(group) ? group : undefined;
	const locale = getLocale();
	const result = await searchPortal(runtime, { q, locale, limit: 5, only });
	const live = url.searchParams.get(LIVE_PARAM) === '1';
	if (!live) countPortalSearch(runtime.db, result, { locale, onlyOneGroup: only !== undefined });
	return { only, result };
};
