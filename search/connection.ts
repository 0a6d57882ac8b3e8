import { Meilisearch } from 'meilisearch';
import { exponentialBackoff, sleep } from './backoff';
import { PARTNERS_INDEX } from './indexes';
import { partnerIndexSettings } from './settings';
import { hasErrorCode, isUnreachableError, settle } from './tasks';

const SEARCH_KEY_NAME = 'kpr-portal-search';
const SEARCH_KEY_ACTIONS = ['search'];
const SEARCH_KEY_INDEXES = [PARTNERS_INDEX, `${PARTNERS_INDEX}_*`, 'proposals'];

export interface SearchConnectionOptions {
	url: string;
	masterKey: string;
	/** Runs on connect before index settings and key are ensured; the runtime builds a missing index here. */
	prepare?: () => Promise<void>;
}

/**
 * The process-wide link to Meilisearch. The master key is used for settings, keys and document
 * writes only; searches go through a search-only key created on connect. While Meilisearch does not
 * answer, searchClient() is null and the connection retries in the background.
 */
export class SearchConnection {
	readonly url: string;
	readonly #admin: Meilisearch;
	readonly #prepare: (() => Promise<void>) | undefined;
	readonly #closed = new AbortController();
	#search: Meilisearch | null = null;
	#ready = false;
	#reachable = false;
	#recovering: Promise<void> | null = null;

	constructor(options: SearchConnectionOptions) {
		this.url = options.url;
		this.#prepare = options.prepare;
		this.#admin = new Meilisearch({
			host: options.url,
			apiKey: options.masterKey,
			timeout: 10_000,
			defaultWaitOptions: { timeout: 60_000, interval: 25 }
		});
	}

	adminClient(): Meilisearch {
		return this.#admin;
	}

	searchClient(): Meilisearch | null {
		return this.#ready && this.#reachable ? this.#search : null;
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
		if (this.#recovering) return;
		this.#reachable = false;
		console.warn(`[search] Meilisearch at ${this.url} unreachable (${describe(error)}); retrying in the background`);
		this.#recovering = this.#recover().finally(() => {
			this.#recovering = null;
		});
	}

	/** Asks Meilisearch for its health now, briefly; used by /healthz. */
	async ping(timeoutMs = 2_000): Promise<boolean> {
		try {
			const response = await fetch(`${this.url}/health`, { signal: AbortSignal.timeout(timeoutMs) });
			if (!response.ok) throw new Error(`health answered ${response.status}`);
			return true;
		} catch (error) {
			this.reportUnreachable(error);
			return false;
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

	/** Stops background retries; the clients hold no open resources. */
	close(): void {
		this.#closed.abort();
	}

	async #setUp(): Promise<void> {
		await this.#admin.health();
		this.#reachable = true;
		await this.#prepare?.();
		await this.#ensurePartnersIndex();
		const searchKey = await this.#ensureSearchKey();
		this.#search = new Meilisearch({ host: this.url, apiKey: searchKey, timeout: 3_000 });
		this.#ready = true;
	}

	async #recover(): Promise<void> {
		const backoff = exponentialBackoff();
		while (!this.#closed.signal.aborted) {
			await sleep(backoff.next(), this.#closed.signal);
			if (this.#closed.signal.aborted) return;
			try {
				if (this.#ready) await this.#admin.health();
				else await this.#setUp();
				this.#reachable = true;
				console.info(`[search] Meilisearch at ${this.url} reachable again`);
				return;
			} catch (error) {
				if (!isUnreachableError(error)) console.error(`[search] Meilisearch set-up failed: ${describe(error)}`);
			}
		}
	}

	async #ensurePartnersIndex(): Promise<void> {
		try {
			await this.#admin.getRawIndex(PARTNERS_INDEX);
		} catch (error) {
			if (!hasErrorCode(error, 'index_not_found')) throw error;
			await settle(this.#admin.createIndex(PARTNERS_INDEX, { primaryKey: 'id' }));
		}
		await settle(this.#admin.index(PARTNERS_INDEX).updateSettings(partnerIndexSettings));
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

function describe(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
