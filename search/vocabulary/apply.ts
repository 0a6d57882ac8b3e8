import type { Kysely } from 'kysely';
import type { Database } from '../../src/lib/server/db/schema';
import { listVocabulary } from '../../src/lib/server/vocabulary/queries';
import type { SearchConnection } from '../connection';
import { PARTNERS_INDEX, PROPOSALS_INDEX } from '../indexes';
import { IndexMissingError, settle } from '../tasks';
import { vocabularySettings } from './settings';

/** Delivers a vocabulary outbox entry: the partners and proposals indexes get the current vocabulary's synonyms. */
export async function applyVocabularySettings(db: Kysely<Database>, connection: SearchConnection): Promise<void> {
	const settings = vocabularySettings(await listVocabulary(db));
	for (const uid of [PARTNERS_INDEX, PROPOSALS_INDEX]) {
		if (!(await connection.indexExists(uid))) throw new IndexMissingError(uid);
		await settle(connection.adminClient().index(uid).updateSettings(settings));
	}
}
