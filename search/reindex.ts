import type { Kysely } from 'kysely';
import type { Database } from '../src/lib/server/db/schema';
import { listPublishedPartnerIds } from '../src/lib/server/partners/queries';
import type { SearchConnection } from './connection';
import { loadPartnerDocuments } from './delivery';
import { PARTNERS_INDEX } from './indexes';
import { writeTransaction } from '../src/lib/server/db/transaction';
import { enqueueSearchDocument } from './outbox';
import { partnerIndexSettings } from './settings';
import { settle } from './tasks';

export interface ReindexOptions {
	batchSize?: number;
	/** Awaited, so a caller can act between batches. */
	onProgress?: (indexed: number, total: number) => void | Promise<void>;
}

export interface ReindexResult {
	documents: number;
	/** Changes committed while the reindex read the database, queued again for the new index. */
	replayed: number;
}

/**
 * Builds `partners` anew in a side index and swaps it in atomically, so searches keep working
 * throughout. Changes committed while it runs are replayed from the outbox after the swap.
 */
export async function reindexPartners(
	db: Kysely<Database>,
	connection: SearchConnection,
	{ batchSize = 1000, onProgress }: ReindexOptions = {}
): Promise<ReindexResult> {
	const admin = connection.adminClient();
	// Every change with a higher outbox id may be missing from what is read below.
	const mark = await highestOutboxId(db);
	const sideIndex = `${PARTNERS_INDEX}_${Date.now()}`;
	await settle(admin.createIndex(sideIndex, { primaryKey: 'id' }));
	await settle(admin.index(sideIndex).updateSettings(partnerIndexSettings));

	const ids = await listPublishedPartnerIds(db);
	for (let start = 0; start < ids.length; start += batchSize) {
		const documents = await loadPartnerDocuments(db, ids.slice(start, start + batchSize));
		if (documents.length > 0) await settle(admin.index(sideIndex).addDocuments(documents, { primaryKey: 'id' }));
		await onProgress?.(Math.min(start + batchSize, ids.length), ids.length);
	}

	if (await connection.indexExists(PARTNERS_INDEX)) {
		await settle(admin.swapIndexes([{ indexes: [PARTNERS_INDEX, sideIndex], rename: false }]));
		await settle(admin.deleteIndex(sideIndex));
	} else {
		await settle(admin.swapIndexes([{ indexes: [sideIndex, PARTNERS_INDEX], rename: true }]));
	}
	await markReflectedEntriesDelivered(db, mark);
	const replayed = await replayChangesSince(db, mark);
	return { documents: ids.length, replayed };
}

/** For start-up: a fresh Meilisearch (no `partners` index) gets a full reindex. Returns whether it ran. */
export async function reindexPartnersIfMissing(db: Kysely<Database>, connection: SearchConnection): Promise<boolean> {
	if (await connection.indexExists(PARTNERS_INDEX)) return false;
	const started = Date.now();
	const { documents } = await reindexPartners(db, connection);
	console.info(`[search] built missing index "${PARTNERS_INDEX}" with ${documents} partners in ${Date.now() - started} ms`);
	return true;
}

async function highestOutboxId(db: Kysely<Database>): Promise<number> {
	const row = await db
		.selectFrom('search_outbox')
		.select((eb) => eb.fn.max('id').as('max'))
		.executeTakeFirstOrThrow();
	return Number(row.max ?? 0);
}

/** Pending entries up to the mark were committed before the read, so the new index already holds them. */
async function markReflectedEntriesDelivered(db: Kysely<Database>, mark: number): Promise<void> {
	await db
		.updateTable('search_outbox')
		.set({ delivered_at: new Date().toISOString() })
		.where('delivered_at', 'is', null)
		.where('id', '<=', mark)
		.where('index_uid', '=', PARTNERS_INDEX)
		.execute();
}

async function replayChangesSince(db: Kysely<Database>, mark: number): Promise<number> {
	return writeTransaction(db, async (trx) => {
		const rows = await trx
			.selectFrom('search_outbox')
			.select('document_id')
			.distinct()
			.where('id', '>', mark)
			.where('index_uid', '=', PARTNERS_INDEX)
			.execute();
		for (const { document_id } of rows) await enqueueSearchDocument(trx, PARTNERS_INDEX, document_id);
		return rows.length;
	});
}
