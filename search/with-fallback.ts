import type { SearchConnection } from './connection';
import type { Searcher } from './searcher';
import { hasErrorCode, isUnreachableError } from './tasks';

/**
 * The one way every search runs: Meilisearch first; while it does not answer or has lost the index,
 * the SQLite `fallback` (which applies the same visibility rules and marks its result degraded),
 * and the connection rebuilds what is missing in the background. Other errors propagate.
 */
export async function searchWithFallback<Result>(
	connection: SearchConnection,
	uid: string,
	search: (searcher: Searcher) => Promise<Result>,
	fallback: () => Promise<Result>
): Promise<Result> {
	const searcher = connection.searcher();
	if (searcher) {
		try {
			return await search(searcher);
		} catch (error) {
			// Both make searcher() null until Meilisearch answers again with every index in place.
			if (isUnreachableError(error)) connection.reportUnreachable(error);
			else if (hasErrorCode(error, 'index_not_found')) connection.reportIndexMissing(uid);
			else throw error;
		}
	}
	return fallback();
}
