import type { Kysely } from 'kysely';
import type { Database } from '../../src/lib/server/db/schema';
import { listVocabulary } from '../../src/lib/server/vocabulary/queries';
import type { VocabularyConcept } from '../../src/lib/server/vocabulary/types';
import { listPlaces } from './places';
import { compileVocabulary, type CompiledVocabulary } from './understand';

// A coordinator's edit reaches the query understanding when the sync applies it to the index
// settings (reloadVocabulary), in another process at the latest after this long; so does an edit of
// the areas' streets and Ortsteile.
const TTL_MS = 60_000;
const cache = new WeakMap<Kysely<Database>, { expires: number; vocabulary: Promise<CompiledVocabulary> }>();

/** The vocabulary compiled for the query understanding, cached per database. */
export async function cachedVocabulary(db: Kysely<Database>): Promise<CompiledVocabulary> {
	const hit = cache.get(db);
	if (hit && hit.expires > Date.now()) return hit.vocabulary;
	const vocabulary = Promise.all([listVocabulary(db), listPlaces(db)]).then(([concepts, places]) =>
		compileVocabulary(concepts, places)
	);
	cache.set(db, { expires: Date.now() + TTL_MS, vocabulary });
	try {
		return await vocabulary;
	} catch (error) {
		cache.delete(db);
		throw error;
	}
}

/** Reads the vocabulary afresh for the index settings and hands the same to the query understanding. */
export async function reloadVocabulary(db: Kysely<Database>): Promise<VocabularyConcept[]> {
	const [concepts, places] = await Promise.all([listVocabulary(db), listPlaces(db)]);
	cache.set(db, { expires: Date.now() + TTL_MS, vocabulary: Promise.resolve(compileVocabulary(concepts, places)) });
	return concepts;
}
