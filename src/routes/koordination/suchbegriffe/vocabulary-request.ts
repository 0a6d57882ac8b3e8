import { error } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { listTerms } from '$lib/server/partners/queries';
import { getVocabularyConcept } from '$lib/server/vocabulary/queries';

export async function requireConcept(db: Kysely<Database>, idParam: string) {
	const id = Number(idParam);
	const concept = Number.isSafeInteger(id) && id > 0 ? await getVocabularyConcept(db, id) : null;
	if (!concept) error(404, 'Diesen Suchbegriff gibt es nicht (mehr).');
	return concept;
}

export function listTopics(db: Kysely<Database>) {
	return listTerms(db, 'topic');
}
