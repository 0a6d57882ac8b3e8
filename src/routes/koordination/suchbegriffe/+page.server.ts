import { requireCoordinator } from '$lib/server/auth/guards';
import { getRuntime } from '$lib/server/runtime';
import { listVocabulary } from '$lib/server/vocabulary/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
	return {
		concepts: (await listVocabulary(getRuntime().db)).map(({ id, label, searchTerms, words, danger }) => ({
			id,
			label,
			searchTerms,
			wordCount: words.length,
			danger
		})),
		saved: event.url.searchParams.get('gespeichert'),
		deleted: event.url.searchParams.get('geloescht')
	};
};
