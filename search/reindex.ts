import type { Kysely } from 'kysely';
import type { Settings } from 'meilisearch';
import type { Database } from '../src/lib/server/db/schema';
import { listPublishedPartnerIds } from '../src/lib/server/partners/queries';
import { listListedProposalIds } from '../src/lib/server/proposals/queries';
import type { SearchConnection } from './connection';
import { loadPartnerDocuments, loadProposalDocuments } from './delivery';
import { PARTNERS_INDEX, PROPOSALS_INDEX } from './indexes';
import { writeTransaction } from '../src/lib/server/db/transaction';
import { enqueueSearchDocument } from './outbox';
import { proposalIndexSettings } from './proposal-settings';
import { partnerIndexSettings } from './settings';
import { settle } from './tasks';
import { listVocabulary } from '../src/lib/server/vocabulary/queries';
import { vocabularySettings } from './vocabulary/settings';

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

/** What a full rebuild of one index reads from the database. */
interface IndexSource {
	uid: string;
	settings(db: Kysely<Database>): Promise<Settings>;
	listIds(db: Kysely<Database>): Promise<number[]>;
	loadDocuments(db: Kysely<Database>, ids: number[]): Promise<{ id: number }[]>;
}

const PARTNERS: IndexSource = {
	uid: PARTNERS_INDEX,
	settings: async (db) => ({ ...partnerIndexSettings, ...vocabularySettings(await listVocabulary(db)) }),
	listIds: listPublishedPartnerIds,
	loadDocuments: loadPartnerDocuments
};

const PROPOSALS: IndexSource = {
	uid: PROPOSALS_INDEX,
	settings: async (db) => ({ ...proposalIndexSettings, ...vocabularySettings(await listVocabulary(db)) }),
	listIds: listListedProposalIds,
	loadDocuments: loadProposalDocuments
};

/**
 * Builds `partners` anew in a side index and swaps it in atomically, so searches keep working
 * throughout. Changes committed while it runs are replayed from the outbox after the swap.
 */
export function reindexPartners(db: Kysely<Database>, connection: SearchConnection, options: ReindexOptions = {}): Promise<ReindexResult> {
	return reindex(db, connection, PARTNERS, options);
}

/** The same for the `proposals` index. */
export function reindexProposals(db: Kysely<Database>, connection: SearchConnection, options: ReindexOptions = {}): Promise<ReindexResult> {
	return reindex(db, connection, PROPOSALS, options);
}

/** For start-up: a fresh Meilisearch (no `partners` index) gets a full reindex. Returns whether it ran. */
export function reindexPartnersIfMissing(db: Kysely<Database>, connection: SearchConnection): Promise<boolean> {
	return reindexIfMissing(db, connection, PARTNERS);
}

export function reindexProposalsIfMissing(db: Kysely<Database>, connection: SearchConnection): Promise<boolean> {
	return reindexIfMissing(db, connection, PROPOSALS);
}

async function reindex(
	db: Kysely<Database>,
	connection: SearchConnection,
	source: IndexSource,
	{ batchSize = 1000, onProgress }: ReindexOptions
): Promise<ReindexResult> {
	const admin = connection.adminClient();
	// Every change with a higher outbox id may be missing from what is read below.
	const mark = await highestOutboxId(db);
	const sideIndex = `${source.uid}_${Date.now()}`;
	await settle(admin.createIndex(sideIndex, { primaryKey: 'id' }));
	await settle(admin.index(sideIndex).updateSettings(await source.settings(db)));

	const ids = await source.listIds(db);
	for (let start = 0; start < ids.length; start += batchSize) {
		const documents = await source.loadDocuments(db, ids.slice(start, start + batchSize));
		if (documents.length > 0) await settle(admin.index(sideIndex).addDocuments(documents, { primaryKey: 'id' }));
		await onProgress?.(Math.min(start + batchSize, ids.length), ids.length);
	}

	if (await connection.indexExists(source.uid)) {
		await settle(admin.swapIndexes([{ indexes: [source.uid, sideIndex], rename: false }]));
		await settle(admin.deleteIndex(sideIndex));
	} else {
		await settle(admin.swapIndexes([{ indexes: [sideIndex, source.uid], rename: true }]));
	}
	await markReflectedEntriesDelivered(db, source.uid, mark);
	const replayed = await replayChangesSince(db, source.uid, mark);
	return { documents: ids.length, replayed };
}

async function reindexIfMissing(db: Kysely<Database>, connection: SearchConnection, source: IndexSource): Promise<boolean> {
	if (await connection.indexExists(source.uid)) return false;
	const started = Date.now();
	const { documents } = await reindex(db, connection, source, {});
	console.info(`[search] built missing index "${source.uid}" with ${documents} documents in ${Date.now() - started} ms`);
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
async function markReflectedEntriesDelivered(db: Kysely<Database>, uid: string, mark: number): Promise<void> {
	await db
		.updateTable('search_outbox')
		.set({ delivered_at: new Date().toISOString() })
		.where('delivered_at', 'is', null)
		.where('id', '<=', mark)
		.where('index_uid', '=', uid)
		.execute();
}

async function replayChangesSince(db: Kysely<Database>, uid: string, mark: number): Promise<number> {
	return writeTransaction(db, async (trx) => {
		const rows = await trx
			.selectFrom('search_outbox')
			.select('document_id')
			.distinct()
			.where('id', '>', mark)
			.where('index_uid', '=', uid)
			.execute();
		for (const { document_id } of rows) await enqueueSearchDocument(trx, uid, document_id);
		return rows.length;
	});
}
