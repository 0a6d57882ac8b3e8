import type { Kysely } from 'kysely';
import type { Database } from '../src/lib/server/db/schema';
import { SETTINGS_ENTRY } from '../src/lib/server/db/search-outbox';
import { groupBy } from '../src/lib/group-by';
import type { SearchConnection } from './connection';
import { findSearchIndex, loadVocabularySettings, type SearchIndex, type VocabularySettings } from './registry';
import { errorText } from '../src/lib/error-text';
import { IndexMissingError, isUnreachableError, settle } from './tasks';

const DELIVERY_POLL_MS = 10;

export interface BatchResult {
	/** Entries read from the outbox (0: nothing pending). */
	read: number;
	failed: { entryIds: number[]; error: unknown }[];
}

/**
 * Delivers the oldest pending outbox entries: per index one add-or-replace and one delete, plus the
 * documents of other indexes that show the changed ones (the registry's dependents), each awaited
 * until Meilisearch reports success; only then are the entries marked delivered. An entry whose
 * delivery fails stays pending with its attempt counted.
 */
export async function deliverOutboxBatch(
	db: Kysely<Database>,
	connection: SearchConnection,
	limit: number
): Promise<BatchResult> {
	const entries = await db
		.selectFrom('search_outbox')
		.select(['id', 'index_uid', 'document_id'])
		.where('delivered_at', 'is', null)
		.orderBy('id')
		.limit(limit)
		.execute();
	const result: BatchResult = { read: entries.length, failed: [] };
	// A vocabulary edit queues the settings of every index: one read of the vocabulary serves them all.
	let vocabulary: Promise<VocabularySettings> | undefined;
	const readVocabulary = () => (vocabulary ??= loadVocabularySettings(db));

	for (const [indexUid, group] of groupBy(entries, (e) => e.index_uid)) {
		const documentIds = [...new Set(group.map((e) => e.document_id))];
		const error = await tryDelivery(db, connection, indexUid, documentIds, readVocabulary);
		if (!error) {
			await markDelivered(
				db,
				group.map((e) => e.id)
			);
			continue;
		}
		if (isUnreachableError(error) || error instanceof IndexMissingError || documentIds.length === 1) {
			await recordFailure(
				db,
				group.map((e) => e.id),
				error
			);
			result.failed.push({ entryIds: group.map((e) => e.id), error });
			continue;
		}
		// A document Meilisearch rejects must not hold back the others: deliver them one by one.
		for (const documentId of documentIds) {
			const entryIds = group.filter((e) => e.document_id === documentId).map((e) => e.id);
			const singleError = await tryDelivery(db, connection, indexUid, [documentId], readVocabulary);
			if (!singleError) {
				await markDelivered(db, entryIds);
				continue;
			}
			await recordFailure(db, entryIds, singleError);
			result.failed.push({ entryIds, error: singleError });
		}
	}
	return result;
}

async function tryDelivery(
	db: Kysely<Database>,
	connection: SearchConnection,
	indexUid: string,
	documentIds: string[],
	readVocabulary: () => Promise<VocabularySettings>
): Promise<unknown> {
	try {
		const index = findSearchIndex(indexUid);
		if (!index) throw new Error(`No search index "${indexUid}" is registered`);
		if (documentIds.includes(SETTINGS_ENTRY)) await applySettings(connection, index, readVocabulary);
		const ids = documentIds.map(Number).filter(Number.isInteger);
		if (ids.length === 0) return null;
		const dependents = await index.dependents(db, ids);
		await Promise.all([
			deliverDocuments(db, connection, index, ids),
			...dependents
				.filter((d) => d.ids.length > 0)
				.map((d) => deliverDocuments(db, connection, findSearchIndex(d.uid)!, d.ids))
		]);
		return null;
	} catch (error) {
		return error;
	}
}

async function applySettings(
	connection: SearchConnection,
	index: SearchIndex,
	readVocabulary: () => Promise<VocabularySettings>
): Promise<void> {
	if (!(await connection.indexExists(index.uid))) throw new IndexMissingError(index.uid);
	const settings = index.settings(await readVocabulary());
	await settle(connection.adminClient().index(index.uid).updateSettings(settings));
}

/** Rebuilds the documents of `ids` from the database; ids that no longer have one are deleted. */
async function deliverDocuments(
	db: Kysely<Database>,
	connection: SearchConnection,
	index: SearchIndex,
	ids: number[]
): Promise<void> {
	// Writing to a missing index would create it without settings and with only these documents.
	if (!(await connection.indexExists(index.uid))) throw new IndexMissingError(index.uid);
	const documents = await index.loadDocuments(db, ids);
	const found = new Set(documents.map((d) => d.id));
	const deletedIds = ids.filter((id) => !found.has(id));
	const target = connection.adminClient().index(index.uid);
	const added = documents.length > 0 ? target.addDocuments(documents, { primaryKey: 'id' }) : null;
	const deleted = deletedIds.length > 0 ? target.deleteDocuments(deletedIds) : null;
	// Both tasks are enqueued before waiting, but each outcome is checked. The next delivery waits
	// for this one, so its tasks are polled closely.
	const outcomes = await Promise.allSettled([
		added && settle(added, { pollMs: DELIVERY_POLL_MS }),
		deleted && settle(deleted, { pollMs: DELIVERY_POLL_MS })
	]);
	const failure = outcomes.find((o) => o.status === 'rejected');
	if (failure) throw failure.reason;
}

async function markDelivered(outbox: Kysely<Database>, entryIds: number[]): Promise<void> {
	await outbox
		.updateTable('search_outbox')
		.set({ delivered_at: new Date().toISOString() })
		.where('id', 'in', entryIds)
		.execute();
}

async function recordFailure(outbox: Kysely<Database>, entryIds: number[], error: unknown): Promise<void> {
	const message = errorText(error);
	await outbox
		.updateTable('search_outbox')
		.set((eb) => ({ attempts: eb('attempts', '+', 1), last_error: message.slice(0, 1000) }))
		.where('id', 'in', entryIds)
		.execute();
}
