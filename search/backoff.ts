export interface Backoff {
	/** The delay before the next attempt; doubles on every call up to the cap. */
	next(): number;
	reset(): void;
}

export function exponentialBackoff(initialMs = 200, maxMs = 10_000): Backoff {
	let current = initialMs;
	return {
		next: () => {
			const delay = current;
			current = Math.min(current * 2, maxMs);
			return delay;
		},
		reset: () => {
			current = initialMs;
		}
	};
}

/** Resolves after `ms`, or earlier when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
	return new Promise((resolve) => {
		if (signal?.aborted) return resolve();
		const done = () => {
			clearTimeout(timer);
			signal?.removeEventListener('abort', done);
			resolve();
		};
		const timer = setTimeout(done, ms);
		signal?.addEventListener('abort', done, { once: true });
	});
}
