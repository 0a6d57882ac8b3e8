import { parseProposalQuery } from '$lib/proposals/query';
import { listTerms } from '$lib/server/partners/queries';
import { currentViewer } from '$lib/server/proposals/access';
import { searchProposals } from '$search/proposal-search';
import { getRuntime } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { db, search } = getRuntime();
	const viewer = await currentViewer(event, db);
	const query = parseProposalQuery(event.url.searchParams);
	const [result, topic, targetGroup, ortsteil] = await Promise.all([
		// Citizens get public proposals only: the audience becomes a filter of the search itself.
		searchProposals(db, search, query, viewer ? 'partners' : 'public'),
		listTerms(db, 'topic'),
		listTerms(db, 'target_group'),
		listTerms(db, 'ortsteil')
	]);
	return {
		query,
		result,
		terms: { topic, targetGroup, ortsteil },
		canPropose: !!viewer && viewer.memberships.length > 0
	};
};
