import { DEFAULT_QUERY } from '$lib/directory/query';
import type { FacetValue } from '$lib/directory/types';
import { listUpcomingEvents } from '$lib/server/news/queries';
import { searchDirectory } from '$search/directory';
import { listTerms } from '$lib/server/partners/queries';
import type { TermRef } from '$lib/server/partners/types';
import { getVideoInfo } from '$lib/server/pages/sign-language-video';
import { getRuntime } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

// Nothing on the home page needs JavaScript: both searches are GET forms, the menu and the
// transcript are <details>. Without the client (28 scripts, one hydration) a phone paints sooner;
// links from here load the next page in full.
export const csr = false;

export const load: PageServerLoad = async () => {
	const runtime = getRuntime();
	// The unfiltered directory carries the partner count of every category and topic in its facets.
	const [categories, topics, overview, upcomingEvents, signLanguageVideo] = await Promise.all([
		listTerms(runtime.db, 'category'),
		listTerms(runtime.db, 'topic'),
		searchDirectory(runtime, DEFAULT_QUERY),
		listUpcomingEvents(runtime.db, 3),
		getVideoInfo(runtime.db)
	]);
	return {
		partnerCount: overview.total,
		categories: withCounts(categories, overview.facets.kategorie),
		topics: withCounts(topics, overview.facets.thema),
		upcomingEvents,
		signLanguageVideo
	};
};

/** Terms in their taxonomy order, each with its number of published partners; empty ones are left out. */
function withCounts(terms: TermRef[], facet: FacetValue[]) {
	const counts = new Map(facet.map((value) => [value.code, value.count]));
	return terms.map((term) => ({ ...term, count: counts.get(term.code) ?? 0 })).filter((term) => term.count > 0);
}
