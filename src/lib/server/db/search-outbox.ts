import { EventEmitter } from 'node:events';
import type { Kysely } from 'kysely';
import type { Database } from './schema';
import { afterCommit } from './transaction';

const committed = new EventEmitter();

/**
 * Records that a search document must be (re)built and sent to Meilisearch. Call it inside the
 * transaction that changes the data: a write is never acknowledged without its outbox entry, and
 * the entry only names what changed; the sync in search/ rebuilds the document from the database
 * (and every document that shows it) when it delivers. Once the transaction commits, the sync of
 * this process is woken at once instead of at its next poll.
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
	afterCommit(trx, () => committed.emit('entry'));
}

/** Calls `listener` after every commit that wrote an outbox entry in this process; returns the unsubscribe. */
export function onSearchOutboxCommit(listener: () => void): () => void {
	committed.on('entry', listener);
	return () => committed.off('entry', listener);
}

export async function outboxBacklog(db: Kysely<Database>): Promise<number> {
	const { count } = await db
		.selectFrom('search_outbox')
		.select((eb) => eb.fn.countAll<number>().as('count'))
		.where('delivered_at', 'is', null)
		.executeTakeFirstOrThrow();
	return Number(count);
}

/** An outbox entry with this document id re-applies the index's settings (e.g. after a vocabulary change). */
export const SETTINGS_ENTRY = '*settings';

export async function enqueueSearchSettings(trx: Kysely<Database>, indexUid: string): Promise<void> {
	await enqueueSearchDocument(trx, indexUid, SETTINGS_ENTRY);
}
