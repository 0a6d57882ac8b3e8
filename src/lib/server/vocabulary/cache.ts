import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { compileVocabulary, type CompiledVocabulary } from '../../../../search/vocabulary/understand';
import { listVocabulary } from './queries';

// The coordinator's edits reach this process at once; another process (a second server) within a minute.
const TTL_MS = 60_000;
const cache = new WeakMap<Kysely<Database>, { expires: number; vocabulary: Promise<CompiledVocabulary> }>();

/** The vocabulary, compiled for the query understanding, cached briefly per database. */
export async function cachedVocabulary(db: Kysely<Database>): Promise<CompiledVocabulary> {
	const hit = cache.get(db);
	if (hit && hit.expires > Date.now()) return hit.vocabulary;
	const vocabulary = listVocabulary(db).then(compileVocabulary);
	cache.set(db, { expires: Date.now() + TTL_MS, vocabulary });
	try {
		return await vocabulary;
	} catch (error) {
		cache.delete(db);
		throw error;
	}
}

export function forgetCachedVocabulary(db: Kysely<Database>): void {
	cache.delete(db);
}
