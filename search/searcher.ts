import http from 'node:http';
import https from 'node:https';
import {
	MeilisearchApiError,
	MeilisearchRequestError,
	type MultiSearchQuery,
	type MultiSearchResponse,
	type RecordAny
} from 'meilisearch';

/**
 * The search key's one call: POST /multi-search over kept-alive connections. Every search of the
 * portal goes through it. Node's fetch, which the Meilisearch client uses, costs ~0.7 ms more per
 * request at the median and several ms at p90 (WHATWG streams, abort signals, headers objects); on
 * a search that Meilisearch answers in ~10 ms that was a fifth of the portal's own overhead.
 * Failures look like the client's: no answer is a MeilisearchRequestError, an answer with an error
 * status a MeilisearchApiError with Meilisearch's code as `cause.code`.
 */
export class Searcher {
	readonly #url: URL;
	readonly #key: string;
	readonly #timeoutMs: number;
	readonly #agent: http.Agent;
	readonly #request: typeof http.request;

	constructor({ url, key, timeoutMs }: { url: string; key: string; timeoutMs: number }) {
		this.#url = new URL('multi-search', url.endsWith('/') ? url : `${url}/`);
		this.#key = key;
		this.#timeoutMs = timeoutMs;
		const secure = this.#url.protocol === 'https:';
		this.#agent = new (secure ? https : http).Agent({ keepAlive: true });
		this.#request = secure ? https.request : http.request;
	}

	multiSearch<T extends RecordAny = RecordAny>({
		queries
	}: {
		queries: MultiSearchQuery[];
	}): Promise<MultiSearchResponse<T>> {
		const body = JSON.stringify({ queries });
		const url = this.#url.toString();
		return new Promise((resolve, reject) => {
			const request = this.#request(
				this.#url,
				{
					method: 'POST',
					agent: this.#agent,
					timeout: this.#timeoutMs,
					headers: {
						authorization: `Bearer ${this.#key}`,
						'content-type': 'application/json',
						'content-length': Buffer.byteLength(body)
					}
				},
				(response) => {
					const chunks: Buffer[] = [];
					response.on('data', (chunk: Buffer) => chunks.push(chunk));
					response.on('error', (error) => reject(new MeilisearchRequestError(url, error)));
					response.on('end', () => {
						const status = response.statusCode ?? 0;
						let parsed: unknown;
						try {
							parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
						} catch (error) {
							return reject(new MeilisearchRequestError(url, error));
						}
						if (status >= 200 && status < 300) return resolve(parsed as MultiSearchResponse<T>);
						const statusLine = { status, statusText: response.statusMessage ?? '' } as Response;
						reject(
							new MeilisearchApiError(
								statusLine,
								parsed as ConstructorParameters<typeof MeilisearchApiError>[1]
							)
						);
					});
				}
			);
			request.on('timeout', () => request.destroy(new Error(`no answer within ${this.#timeoutMs} ms`)));
			request.on('error', (error) => reject(new MeilisearchRequestError(url, error)));
			request.end(body);
		});
	}

	close(): void {
		this.#agent.destroy();
	}
}
