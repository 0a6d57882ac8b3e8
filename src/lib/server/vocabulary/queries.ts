import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { VocabularyConcept } from './types';

const COLUMNS = ['id', 'label', 'search_terms', 'topic_codes', 'words', 'danger'] as const;

type Row = { id: number; label: string; search_terms: string; topic_codes: string; words: string; danger: number };

export async function listVocabulary(db: Kysely<Database>): Promise<VocabularyConcept[]> {
	const rows = await db.selectFrom('search_vocabulary').select(COLUMNS).orderBy('label').execute();
	return rows.map(toConcept);
}

export async function getVocabularyConcept(db: Kysely<Database>, id: number): Promise<VocabularyConcept | null> {
	const row = await db.selectFrom('search_vocabulary').select(COLUMNS).where('id', '=', id).executeTakeFirst();
	return row ? toConcept(row) : null;
}

function toConcept(row: Row): VocabularyConcept {
	return {
		id: row.id,
		label: row.label,
		searchTerms: row.search_terms,
		topicCodes: row.topic_codes.split(/\s+/).filter(Boolean),
		words: row.words
			.split('\n')
			.map((w) => w.trim())
			.filter(Boolean),
		danger: row.danger === 1
	};
}
