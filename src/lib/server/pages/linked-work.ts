import type { Kysely } from 'kysely';
import type { LinkedWork } from '../../pages/linked-work';
import type { Database } from '../db/schema';

/**
 * The projects (proposals) and working groups linked to a field of action, for its public progress
 * view. Proposals and working groups reference action_fields.id from their own tables; each domain
 * adds its public query here (only what is published), and the view lists whatever this returns.
 */
export async function listLinkedWork(db: Kysely<Database>, actionFieldId: number): Promise<LinkedWork[]> {
	const sources: Array<(db: Kysely<Database>, actionFieldId: number) => Promise<LinkedWork[]>> = [];
	const lists = await Promise.all(sources.map((source) => source(db, actionFieldId)));
	return lists.flat().sort((a, b) => a.title.localeCompare(b.title, 'de'));
}
