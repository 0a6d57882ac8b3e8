import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { writeTransaction } from '../db/transaction';
import { enqueueSearchSettings } from '../db/search-outbox';
import { GUIDES_INDEX } from '../guides/types';
import { NEWS_INDEX } from '../news/searchable';
import { PAGES_INDEX } from '../pages/search-id';
import { PARTNERS_INDEX } from '../partners/service';
import { PROPOSALS_INDEX } from '../proposals/service';

export interface VocabularyInput {
	label: string;
	searchTerms: string;
	topicCodes: string[];
	words: string[];
	danger: boolean;
}

export class DuplicateLabelError extends Error {}

/** Creates or updates a concept; the index's synonyms follow through the search outbox. Returns the id. */
export async function saveVocabularyConcept(
	db: Kysely<Database>,
	id: number | null,
	input: VocabularyInput
): Promise<number> {
	const values = {
		label: input.label,
		search_terms: input.searchTerms,
		topic_codes: input.topicCodes.join(' '),
		words: input.words.join('\n'),
		danger: input.danger ? 1 : 0,
		updated_at: new Date().toISOString()
	};
	const saved = await writeTransaction(db, async (trx) => {
		const clash = await trx
			.selectFrom('search_vocabulary')
			.select('id')
			.where('label', '=', input.label)
			.$if(id !== null, (q) => q.where('id', '!=', id!))
			.executeTakeFirst();
		if (clash) throw new DuplicateLabelError(input.label);
		const savedId =
			id === null
				? Number(
						(
							await trx
								.insertInto('search_vocabulary')
								.values(values)
								.returning('id')
								.executeTakeFirstOrThrow()
						).id
					)
				: (await trx.updateTable('search_vocabulary').set(values).where('id', '=', id).execute(), id);
		await enqueueVocabularySettings(trx);
		return savedId;
	});
	return saved;
}

export async function deleteVocabularyConcept(db: Kysely<Database>, id: number): Promise<void> {
	await writeTransaction(db, async (trx) => {
		await trx.deleteFrom('search_vocabulary').where('id', '=', id).execute();
		await enqueueVocabularySettings(trx);
	});
}

/** Every index takes its synonyms from the vocabulary; the sync re-applies their settings. */
async function enqueueVocabularySettings(trx: Kysely<Database>): Promise<void> {
	await enqueueSearchSettings(trx, PARTNERS_INDEX);
	await enqueueSearchSettings(trx, PROPOSALS_INDEX);
	await enqueueSearchSettings(trx, GUIDES_INDEX);
	await enqueueSearchSettings(trx, NEWS_INDEX);
	await enqueueSearchSettings(trx, PAGES_INDEX);
}
