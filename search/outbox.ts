import type { Kysely } from 'kysely';
import type { Database } from '../src/lib/server/db/schema';

/**
 * Records that a document must be (re)sent to Meilisearch. Call it inside the transaction that
 * changes the data: the sync loop rebuilds the document from the database when it delivers, so an
 * entry only names what changed, and a write is never acknowledged without its outbox entry.
 */
export async function enqueueSearchDocument(
	trx: Kysely<Database>,
	indexUid: string,
	documentId: string | number
): Promise<void> {
	await trx
		.insertInto('search_outbox')
		.values({ index_uid: indexUid, document_id: String(documentId) })
		.execute();
}
