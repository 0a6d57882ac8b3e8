import type { Kysely } from 'kysely';
import type { Database } from '../src/lib/server/db/schema';
import { getPublicPartners } from '../src/lib/server/partners/queries';
import type { SearchConnection } from './connection';
import { buildPartnerDocument, type PartnerDocument } from './documents';
import { PARTNERS_INDEX, PROPOSALS_INDEX } from './indexes';
import { buildProposalDocument, type ProposalDocument } from './proposal-documents';
import { getSearchableProposals } from '../src/lib/server/proposals/queries';
import { IndexMissingError, isUnreachableError, settle } from './tasks';
import { groupBy } from '../src/lib/group-by';
import { applyVocabularySettings } from './vocabulary/apply';
import { PARTNER_SETTINGS_OUTBOX } from './vocabulary/outbox';

export interface BatchResult {
	/** Entries read from the outbox (0: nothing pending). */
	read: number;
	failed: { entryIds: number[]; error: unknown }[];
}

interface Rebuilt {
	documents: { id: number | string }[];
	deletedIds: string[];
}

/** How each index rebuilds its documents from the database; an id it does not return is deleted. */
const rebuilders: Record<string, (db: Kysely<Database>, ids: string[]) => Promise<Rebuilt>> = {
	[PARTNERS_INDEX]: async (db, ids) => {
		const documents = await loadPartnerDocuments(db, ids.map(Number).filter(Number.isInteger));
		const found = new Set(documents.map((d) => String(d.id)));
		return { documents, deletedIds: ids.filter((id) => !found.has(id)) };
	},
	[PROPOSALS_INDEX]: async (db, ids) => {
		const documents = await loadProposalDocuments(db, ids.map(Number).filter(Number.isInteger));
		const found = new Set(documents.map((d) => String(d.id)));
		return { documents, deletedIds: ids.filter((id) => !found.has(id)) };
	}
};

export async function loadProposalDocuments(db: Kysely<Database>, ids: number[]): Promise<ProposalDocument[]> {
	return (await getSearchableProposals(db, ids)).map(buildProposalDocument);
}

export async function loadPartnerDocuments(db: Kysely<Database>, ids: number[]): Promise<PartnerDocument[]> {
	return (await getPublicPartners(db, ids)).map(buildPartnerDocument);
}

/**
 * Delivers the oldest pending outbox entries: one add-or-replace and one delete per index, each
 * awaited until Meilisearch reports success, and only then marks the entries delivered. An entry
 * whose delivery fails stays pending with its attempt counted.
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

	for (const [indexUid, group] of groupBy(entries, (e) => e.index_uid)) {
		const documentIds = [...new Set(group.map((e) => e.document_id))];
		const error = await tryDelivery(db, connection, indexUid, documentIds);
		if (!error) {
			await markDelivered(db, group.map((e) => e.id));
			continue;
		}
		if (isUnreachableError(error) || error instanceof IndexMissingError || documentIds.length === 1) {
			await recordFailure(db, group.map((e) => e.id), error);
			result.failed.push({ entryIds: group.map((e) => e.id), error });
			continue;
		}
		// A document Meilisearch rejects must not hold back the others: deliver them one by one.
		for (const documentId of documentIds) {
			const entryIds = group.filter((e) => e.document_id === documentId).map((e) => e.id);
			const singleError = await tryDelivery(db, connection, indexUid, [documentId]);
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
	documentIds: string[]
): Promise<unknown> {
	try {
		await deliverDocuments(db, connection, indexUid, documentIds);
		return null;
	} catch (error) {
		return error;
	}
}

async function deliverDocuments(
	db: Kysely<Database>,
	connection: SearchConnection,
	indexUid: string,
	documentIds: string[]
): Promise<void> {
	if (indexUid === PARTNER_SETTINGS_OUTBOX) return applyVocabularySettings(db, connection);
	const rebuild = rebuilders[indexUid];
	if (!rebuild) throw new Error(`No document builder for search index "${indexUid}"`);
	// Writing to a missing index would create it without settings and with only these documents.
	if (!(await connection.indexExists(indexUid))) throw new IndexMissingError(indexUid);
	const { documents, deletedIds } = await rebuild(db, documentIds);
	const index = connection.adminClient().index(indexUid);
	const added = documents.length > 0 ? index.addDocuments(documents, { primaryKey: 'id' }) : null;
	const deleted = deletedIds.length > 0 ? index.deleteDocuments(deletedIds) : null;
	// Both tasks are enqueued before waiting, but each outcome is checked.
	const outcomes = await Promise.allSettled([added && settle(added), deleted && settle(deleted)]);
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
	const message = error instanceof Error ? error.message : String(error);
	await outbox
		.updateTable('search_outbox')
		.set((eb) => ({ attempts: eb('attempts', '+', 1), last_error: message.slice(0, 1000) }))
		.where('id', 'in', entryIds)
		.execute();
}
