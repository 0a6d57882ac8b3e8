import { Meilisearch } from 'meilisearch';
import { exponentialBackoff, sleep } from './backoff';
import type { Kysely } from 'kysely';
import type { Database } from '../src/lib/server/db/schema';
import { loadVocabularySettings, searchIndexes } from './registry';
import { Searcher } from './searcher';
import { reindexMissing } from './reindex';
import { hasErrorCode, isUnreachableError, settle } from './tasks';
import { errorText } from '../src/lib/error-text';

const SEARCH_KEY_NAME = 'kpr-portal-search';
const SEARCH_KEY_ACTIONS = ['search'];
// Each index and its side indexes of a running reindex (`partners_<time>`).
const SEARCH_KEY_INDEXES = searchIndexes.flatMap((index) => [index.uid, `${index.uid}_*`]);

// fetch asks for compressed answers by default; Meilisearch's brotli costs ~40 ms on a page of hits,
// far more than sending the bytes over loopback or a LAN saves.
const UNCOMPRESSED = { headers: { 'Accept-Encoding': 'identity' } };

export interface SearchConnectionOptions {
	url: string;
	masterKey: string;
	/** The source of every document: a missing index is rebuilt from it, settings may be read from it. */
	db: Kysely<Database>;
}

/**
 * The process-wide link to Meilisearch. The master key is used for settings, keys and document
 * writes only; searches go through a search-only key created on connect. While Meilisearch does not
 * answer, searchClient() is null and the connection retries in the background.
 */
export class SearchConnection {
	readonly url: string;
	readonly #admin: Meilisearch;
	readonly #masterKey: string;
	readonly #db: Kysely<Database>;
	readonly #closed = new AbortController();
	#search: Meilisearch | null = null;
	#searcher: Searcher | null = null;
	#searchKey: string | null = null;
	#ready = false;
	#reachable = false;
	#recovering: Promise<void> | null = null;

	constructor(options: SearchConnectionOptions) {
		this.url = options.url;
		this.#masterKey = options.masterKey;
		this.#db = options.db;
		this.#admin = new Meilisearch({
			host: options.url,
			apiKey: options.masterKey,
			timeout: 10_000,
			defaultWaitOptions: { timeout: 60_000, interval: 25 },
			requestInit: UNCOMPRESSED
		});
	}

	adminClient(): Meilisearch {
		return this.#admin;
	}

	searchClient(): Meilisearch | null {
		return this.#ready && this.#reachable ? this.#search : null;
	}

	/** What every search of the portal goes through (see searcher.ts); null like searchClient(). */
	searcher(): Searcher | null {
		return this.#ready && this.#reachable ? this.#searcher : null;
	}

	isReachable(): boolean {
		return this.#reachable;
	}

	/** Index, settings and search key are in place. */
	isReady(): boolean {
		return this.#ready;
	}

	/**
	 * Sets up the index, its settings and the search key. When Meilisearch does not answer, this
	 * resolves anyway and keeps trying in the background; an answer with an error (wrong master key,
	 * failed task) throws.
	 */
	async connect(): Promise<void> {
		try {
			await this.#setUp();
		} catch (error) {
			if (!isUnreachableError(error)) throw error;
			this.reportUnreachable(error);
		}
	}

	/** For callers that saw a request go unanswered: searches fall back until Meilisearch answers again. */
	reportUnreachable(error: unknown): void {
		this.#reachable = false;
		this.#setUpAgain(`unreachable (${errorText(error)})`);
	}

	/** For callers that found an index gone: it is rebuilt in the background, searches fall back meanwhile. */
	reportIndexMissing(uid: string): void {
		this.#setUpAgain(`has no "${uid}" index`);
	}

	/** Asks Meilisearch briefly whether it answers and still has every index; used by /healthz. */
	async ping(timeoutMs = 2_000): Promise<boolean> {
		try {
			const response = await fetch(`${this.url}/indexes?limit=1000`, {
				headers: { Authorization: `Bearer ${this.#masterKey}` },
				signal: AbortSignal.timeout(timeoutMs)
			});
			const { results } = (await response.json()) as { results?: { uid: string }[] };
			const present = new Set((results ?? []).map((index) => index.uid));
			const missing = searchIndexes.find((index) => !present.has(index.uid));
			if (missing && this.#ready) this.reportIndexMissing(missing.uid);
			return true;
		} catch (error) {
			this.reportUnreachable(error);
			return false;
		}
	}

	async indexExists(uid: string): Promise<boolean> {
		try {
			await this.#admin.getRawIndex(uid);
			return true;
		} catch (error) {
			if (hasErrorCode(error, 'index_not_found')) return false;
			throw error;
		}
	}

	/** For scripts and tests: resolves once ready, rejects after the timeout. */
	async waitUntilReady(timeoutMs = 30_000): Promise<void> {
		const deadline = Date.now() + timeoutMs;
		while (!this.#ready) {
			if (Date.now() > deadline) throw new Error(`Meilisearch at ${this.url} not ready within ${timeoutMs} ms`);
			await sleep(50, this.#closed.signal);
			if (this.#closed.signal.aborted) throw new Error('Search connection closed');
		}
	}

	/** Stops background retries and closes the searcher's kept-alive connections. */
	close(): void {
		this.#closed.abort();
		this.#searcher?.close();
	}

	// A Meilisearch that comes back may have lost its data, index and key: set everything up again.
	#setUpAgain(problem: string): void {
		this.#ready = false;
		if (this.#recovering) return;
		console.warn(`[search] Meilisearch at ${this.url} ${problem}; setting up again in the background`);
		this.#recovering = this.#recover().finally(() => {
			this.#recovering = null;
		});
	}

	async #setUp(): Promise<void> {
		await this.#admin.health();
		this.#reachable = true;
		const vocabulary = await loadVocabularySettings(this.#db);
		const built = await reindexMissing(this.#db, this, vocabulary);
		// An index just built has the settings already; the others may be from an older version.
		const kept = searchIndexes.filter((index) => !built.includes(index.uid));
		await Promise.all(
			kept.map((index) => settle(this.#admin.index(index.uid).updateSettings(index.settings(vocabulary))))
		);
		const searchKey = await this.#ensureSearchKey();
		if (this.#searchKey !== searchKey) {
			this.#search = new Meilisearch({
				host: this.url,
				apiKey: searchKey,
				timeout: 3_000,
				requestInit: UNCOMPRESSED
			});
			this.#searcher?.close();
			this.#searcher = new Searcher({ url: this.url, key: searchKey, timeoutMs: 3_000 });
			this.#searchKey = searchKey;
		}
		this.#ready = true;
	}

	async #recover(): Promise<void> {
		const backoff = exponentialBackoff();
		while (!this.#closed.signal.aborted) {
			await sleep(backoff.next(), this.#closed.signal);
			if (this.#closed.signal.aborted) return;
			try {
				await this.#setUp();
				console.info(`[search] Meilisearch at ${this.url} reachable again`);
				return;
			} catch (error) {
				if (!isUnreachableError(error))
					console.error(`[search] Meilisearch set-up failed: ${errorText(error)}`);
			}
		}
	}

	/** Reuses the portal's search key when its rights are still exactly right, else replaces it. */
	async #ensureSearchKey(): Promise<string> {
		const { results } = await this.#admin.getKeys({ limit: 1000 });
		const existing = results.find((k) => k.name === SEARCH_KEY_NAME);
		if (
			existing &&
			sameMembers(existing.actions, SEARCH_KEY_ACTIONS) &&
			sameMembers(existing.indexes, SEARCH_KEY_INDEXES) &&
			existing.expiresAt === null
		) {
			return existing.key;
		}
		if (existing) await this.#admin.deleteKey(existing.uid);
		const created = await this.#admin.createKey({
			name: SEARCH_KEY_NAME,
			description: 'KPR portal: public directory search (search only)',
			actions: SEARCH_KEY_ACTIONS,
			indexes: SEARCH_KEY_INDEXES,
			expiresAt: null
		});
		return created.key;
	}
}

function sameMembers(a: string[], b: string[]): boolean {
	return a.length === b.length && b.every((item) => a.includes(item));
}
