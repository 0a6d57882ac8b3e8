import type { Kysely } from 'kysely';
import type { Database } from '../src/lib/server/db/schema';
import { onSearchOutboxCommit } from '../src/lib/server/db/search-outbox';
import { exponentialBackoff, sleep } from './backoff';
import type { SearchConnection } from './connection';
import { deliverOutboxBatch, type BatchResult } from './delivery';
import { IndexMissingError, isUnreachableError } from './tasks';
import { errorText } from '../src/lib/error-text';

export interface SearchSyncOptions {
	/**
	 * Poll interval while idle. A commit in this process wakes the loop at once; the poll is the
	 * safety net for entries written by other processes (scripts, a second server).
	 */
	intervalMs?: number;
	batchSize?: number;
}

export interface SearchSync {
	stop(): Promise<void>;
	/** Delivers everything pending now (waiting for Meilisearch to be ready); throws if an entry fails. */
	drain(): Promise<void>;
}

/** Delivered entries are kept this long so that a reindex can replay changes made while it ran. */
export const DELIVERED_RETENTION_MS = 60 * 60 * 1000;
const PRUNE_EVERY_MS = 60 * 1000;

/**
 * Moves search outbox entries to Meilisearch. Deliveries run one at a time so that a document
 * rebuilt later is never overtaken by one rebuilt earlier. While Meilisearch is unreachable it
 * retries with exponential backoff; entries are never dropped.
 */
export function startSearchSync(
	db: Kysely<Database>,
	connection: SearchConnection,
	{ intervalMs = 2_000, batchSize = 100 }: SearchSyncOptions = {}
): SearchSync {
	const stopped = new AbortController();
	// A wake-up that arrives while a delivery runs is kept, so the next round starts without sleeping.
	let woken = false;
	let wake: (() => void) | null = null;
	const unsubscribe = onSearchOutboxCommit(() => {
		woken = true;
		wake?.();
	});
	const nap = (ms: number) =>
		new Promise<void>((resolve) => {
			if (woken || stopped.signal.aborted) return resolve();
			const done = () => {
				clearTimeout(timer);
				stopped.signal.removeEventListener('abort', done);
				wake = null;
				resolve();
			};
			const timer = setTimeout(done, ms);
			wake = done;
			stopped.signal.addEventListener('abort', done, { once: true });
		});
	let queue: Promise<unknown> = Promise.resolve();
	const exclusive = <T>(task: () => Promise<T>): Promise<T> => {
		const run = queue.then(task);
		// The chain only orders the runs; each caller still receives its own run's failure.
		queue = run.catch(() => undefined);
		return run;
	};

	/** Delivers batches until none is left; returns the entries that failed. */
	const deliverAll = async (): Promise<BatchResult['failed']> => {
		const failed: BatchResult['failed'] = [];
		for (;;) {
			const batch = await deliverOutboxBatch(db, connection, batchSize);
			failed.push(...batch.failed);
			const blocking = batch.failed.find(
				(f) => isUnreachableError(f.error) || f.error instanceof IndexMissingError
			);
			if (blocking) throw blocking.error;
			if (batch.read < batchSize || batch.failed.length > 0) return failed;
		}
	};

	const loop = (async () => {
		const backoff = exponentialBackoff(200, 10_000);
		let lastPrune = 0;
		while (!stopped.signal.aborted) {
			let backingOff = false;
			woken = false;
			try {
				if (connection.isReady()) {
					const failed = await exclusive(deliverAll);
					if (failed.length > 0) throw failed[0].error;
					backoff.reset();
				}
				if (Date.now() - lastPrune > PRUNE_EVERY_MS) {
					await pruneDeliveredEntries(db);
					lastPrune = Date.now();
				}
			} catch (error) {
				if (isUnreachableError(error)) connection.reportUnreachable(error);
				else if (error instanceof IndexMissingError) connection.reportIndexMissing(error.indexUid);
				else console.error(`[search] outbox delivery failed: ${errorText(error)}`);
				backingOff = true;
				await sleep(backoff.next(), stopped.signal);
			}
			// After a failure the backoff holds, however many commits arrive meanwhile.
			if (!backingOff) await nap(intervalMs);
		}
	})();

	return {
		stop: async () => {
			unsubscribe();
			stopped.abort();
			await loop;
			await queue;
		},
		drain: async () => {
			await connection.waitUntilReady();
			const failed = await exclusive(deliverAll);
			if (failed.length > 0) {
				const ids = failed.flatMap((f) => f.entryIds).join(', ');
				throw new Error(`Search outbox entries ${ids} could not be delivered`, { cause: failed[0].error });
			}
		}
	};
}

export async function pruneDeliveredEntries(db: Kysely<Database>, now = Date.now()): Promise<void> {
	const cutoff = new Date(now - DELIVERED_RETENTION_MS).toISOString();
	await db.deleteFrom('search_outbox').where('delivered_at', '<', cutoff).execute();
}
