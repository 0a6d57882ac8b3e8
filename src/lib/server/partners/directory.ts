import type { Kysely } from 'kysely';
import type { DirectoryQuery, DirectoryResult } from '../../directory/types';
import type { Database } from '../db/schema';
import type { Runtime } from '../runtime';
import { withKnownCodes, type TaxonomyLabels } from '../../../../search/directory-result';
import { searchPartnersInMeili } from '../../../../search/partner-search';
import { hasErrorCode, isUnreachableError } from '../../../../search/tasks';
import { searchPartnersInDatabase } from './directory-fallback';
import { localizeHits } from './localized-hits';
import { listTerms } from './queries';

// Terms change only with migrations, the seed or an editor's rare correction: a minute's delay is fine.
const TAXONOMY_TTL_MS = 60_000;
const cachedLabels = new WeakMap<Kysely<Database>, { expires: number; labels: Promise<TaxonomyLabels> }>();

/**
 * The directory page for a query: from Meilisearch, or from SQLite (degraded: true) while
 * Meilisearch does not answer or has lost its index. Unknown facet values are dropped; other
 * errors propagate. Hits come with the partners' own translations into `locale` where there are.
 */
export async function searchDirectory(
	runtime: Runtime,
	query: DirectoryQuery,
	locale = 'de'
): Promise<DirectoryResult> {
	return localizeHits(runtime.db, await searchInGerman(runtime, query), locale);
}

async function searchInGerman(runtime: Runtime, query: DirectoryQuery): Promise<DirectoryResult> {
	const terms = await taxonomyLabels(runtime.db);
	const known = withKnownCodes(query, terms);
	const client = runtime.search.searchClient();
	if (client) {
		try {
			return await searchPartnersInMeili(client, known, terms);
		} catch (error) {
			// Both make searchClient() null until Meilisearch answers again with its index rebuilt.
			if (isUnreachableError(error)) runtime.search.reportUnreachable(error);
			else if (hasErrorCode(error, 'index_not_found')) runtime.search.reportIndexMissing();
			else throw error;
		}
	}
	return searchPartnersInDatabase(runtime.db, known, terms);
}

/** Every term of the directory's taxonomies by URL parameter, cached briefly per database. */
export async function taxonomyLabels(db: Kysely<Database>): Promise<TaxonomyLabels> {
	const cached = cachedLabels.get(db);
	if (cached && cached.expires > Date.now()) return cached.labels;
	const labels = loadTaxonomyLabels(db);
	cachedLabels.set(db, { expires: Date.now() + TAXONOMY_TTL_MS, labels });
	try {
		return await labels;
	} catch (error) {
		cachedLabels.delete(db);
		throw error;
	}
}

async function loadTaxonomyLabels(db: Kysely<Database>): Promise<TaxonomyLabels> {
	const [kategorie, thema, zielgruppe, ortsteil, sprache] = await Promise.all([
		listTerms(db, 'category'),
		listTerms(db, 'topic'),
		listTerms(db, 'target_group'),
		listTerms(db, 'ortsteil'),
		listTerms(db, 'language')
	]);
	return { kategorie, thema, zielgruppe, ortsteil, sprache };
}
