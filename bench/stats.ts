/**
 * What a current browser asks for (Chromium and Firefox send this). Node's fetch asks for gzip and
 * deflate only, so a bench with its default would time gzip where every visitor gets brotli.
 */
export const BROWSER_REQUEST = { headers: { 'Accept-Encoding': 'gzip, deflate, br, zstd' } };

export interface LatencySummary {
	count: number;
	p50: number;
	p95: number;
	p99: number;
	mean: number;
}

export function summarize(samplesMs: number[]): LatencySummary {
	const sorted = [...samplesMs].sort((a, b) => a - b);
	const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
	return {
		count: sorted.length,
		p50: at(0.5),
		p95: at(0.95),
		p99: at(0.99),
		mean: sorted.reduce((s, v) => s + v, 0) / sorted.length
	};
}

/** Runs each task once per input per round, one call after another, alternating the tasks; durations per task. */
export async function measureInterleaved<T, K extends string>(
	inputs: T[],
	rounds: number,
	tasks: Record<K, (input: T) => Promise<void>>
): Promise<Record<K, LatencySummary>> {
	const names = Object.keys(tasks) as K[];
	const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
	for (let round = 0; round < rounds; round++) {
		for (const input of inputs) {
			for (const name of names) {
				const start = performance.now();
				await tasks[name](input);
				samples[name].push(performance.now() - start);
			}
		}
	}
	return Object.fromEntries(names.map((name) => [name, summarize(samples[name])])) as Record<K, LatencySummary>;
}

/** Requests per second with `concurrency` callers looping over the inputs for `durationMs`. */
export async function measureThroughput<T>(
	inputs: T[],
	concurrency: number,
	durationMs: number,
	task: (input: T) => Promise<void>
): Promise<number> {
	let done = 0;
	const end = performance.now() + durationMs;
	const started = performance.now();
	await Promise.all(
		Array.from({ length: concurrency }, async (_, worker) => {
			let i = worker;
			while (performance.now() < end) {
				await task(inputs[i++ % inputs.length]);
				done++;
			}
		})
	);
	return done / ((performance.now() - started) / 1000);
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;
