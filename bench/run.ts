// npm run bench: 10,000 synthetic partners in a temp database and index; everything measured in one run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../src/lib/server/db/connection';
import { migrateToLatest } from '../src/lib/server/db/migrate';
import { updatePartner } from '../src/lib/server/partners/service';
import { SearchConnection } from '../search/connection';
import { freePort, startEmbeddedMeili } from '../search/meili-process';
import { reindexPartners } from '../search/reindex';
import { createSyntheticPartners } from './synthetic-partners';
import { measureSequential, measureThroughput, ms, summarize, type LatencySummary } from './stats';
import { startBuiltServer } from './server';

const PARTNERS = Number(process.env.BENCH_PARTNERS || 10_000);
const ROUNDS = 20;
const CONCURRENCY = 8;
const THROUGHPUT_MS = 5_000;
const QUERIES = [
	'Polizei', 'Sucht', 'Beratung Zittau', 'Gewalt Familie', 'Jugendclub', 'Medien Workshops',
	'Senioren Hilfe', 'Nachbarschaft', 'Verkehr', 'Opferhilfe Sprechstunde', 'Prävention', 'Zentrum Pethau'
];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kpr-bench-'));
const db = openDatabase(path.join(dir, 'portal.db'));
const meili = await startEmbeddedMeili({ dataDir: path.join(dir, 'meili'), port: 0 });
let server: Awaited<ReturnType<typeof startBuiltServer>> | null = null;
try {
	await migrateToLatest(db);
	let started = performance.now();
	const partners = await createSyntheticPartners(db, PARTNERS);
	console.log(`created ${partners.length} partners in ${ms(performance.now() - started)}`);

	const connection = new SearchConnection({ url: meili.url, masterKey: meili.masterKey });
	await connection.connect();
	await reindexPartners(db, connection);
	// The first build only fills the empty index; the figure that matters is a reindex beside a live one.
	started = performance.now();
	const reindex = await reindexPartners(db, connection);
	const reindexMs = performance.now() - started;

	const port = await freePort();
	server = await startBuiltServer({
		PORT: String(port),
		ORIGIN: `http://localhost:${port}`,
		DATABASE_PATH: path.join(dir, 'portal.db'),
		DATA_DIR: dir,
		MEILI_URL: meili.url,
		MEILI_MASTER_KEY: meili.masterKey
	});
	const base = `http://localhost:${port}`;
	const admin = connection.adminClient();
	const raw = async (q: string) => {
		const response = await fetch(`${meili.url}/indexes/partners/search`, {
			method: 'POST',
			headers: {
				Authorization: `Bearer ${meili.masterKey}`,
				'Content-Type': 'application/json',
				'Accept-Encoding': 'identity'
			},
			body: JSON.stringify({
				q,
				hitsPerPage: 10,
				page: 1,
				facets: ['categoryCode', 'topicCodes', 'targetGroupCodes', 'ortsteilCodes', 'languageCodes', 'wheelchairAccessible'],
				attributesToHighlight: ['name'],
				attributesToCrop: ['description'],
				cropLength: 30
			})
		});
		if (!response.ok) throw new Error(`raw search ${response.status}`);
		await response.arrayBuffer();
	};
	const api = (q: string) => get(`${base}/api/suche?q=${encodeURIComponent(q)}`);
	const ssr = (q: string) => get(`${base}/netzwerk?q=${encodeURIComponent(q)}`);

	for (const task of [raw, api, ssr]) for (const q of QUERIES) await task(q);
	const latency: Record<string, LatencySummary> = {};
	const throughput: Record<string, number> = {};
	for (const [name, task] of Object.entries({ raw, api, ssr })) {
		latency[name] = await measureSequential(QUERIES, ROUNDS, task);
		throughput[name] = await measureThroughput(QUERIES, CONCURRENCY, THROUGHPUT_MS, task);
	}

	const freshness: number[] = [];
	for (let i = 0; i < 40; i++) {
		const { id, input } = partners[(i * 97) % partners.length];
		const token = `frisch${i}x${Date.now().toString(36)}`;
		const saved = performance.now();
		await updatePartner(db, id, { ...input, offer: `${input.offer}, ${token}` });
		while ((await admin.index('partners').search(token, { limit: 1 })).hits.length === 0) {
			await new Promise((r) => setTimeout(r, 5));
		}
		freshness.push(performance.now() - saved);
	}
	const fresh = summarize(freshness);
	const engine = summarize(await recentIndexingDurations(meili.url, meili.masterKey, freshness.length));

	const row = (label: string, s: LatencySummary, rps: number, ratio?: number) =>
		`| ${label} | ${ms(s.p50)} | ${ms(s.p99)} | ${rps.toFixed(0)} req/s |${ratio === undefined ? ' — ' : ` ${ratio.toFixed(2)}× `}|`;
	console.log(`\n${PARTNERS} partners, ${QUERIES.length} queries × ${ROUNDS} rounds sequential; throughput with ${CONCURRENCY} concurrent clients for ${THROUGHPUT_MS / 1000} s\n`);
	console.log('| what | p50 | p99 | throughput | p50 ratio to raw Meilisearch |');
	console.log('| --- | --- | --- | --- | --- |');
	console.log(row('raw Meilisearch search', latency.raw, throughput.raw));
	console.log(row('GET /api/suche', latency.api, throughput.api, latency.api.p50 / latency.raw.p50));
	console.log(row('GET /netzwerk?q= (SSR page)', latency.ssr, throughput.ssr, latency.ssr.p50 / latency.raw.p50));
	console.log(`\nfull reindex of ${reindex.documents} partners (side index + swap): ${(reindexMs / 1000).toFixed(2)} s`);
	console.log(`save → searchable over ${fresh.count} saves: p50 ${ms(fresh.p50)}, p95 ${ms(fresh.p95)}, max ${ms(Math.max(...freshness))}`);
	console.log(`  of which Meilisearch's own task duration: p50 ${ms(engine.p50)}, p95 ${ms(engine.p95)}`);
} finally {
	await server?.stop();
	await meili.stop();
	await db.destroy();
	fs.rmSync(dir, { recursive: true, force: true });
}

/** How long Meilisearch itself took for the last `count` document tasks, in ms. */
async function recentIndexingDurations(url: string, key: string, count: number): Promise<number[]> {
	const response = await fetch(`${url}/tasks?types=documentAdditionOrUpdate&statuses=succeeded&limit=${count}`, {
		headers: { Authorization: `Bearer ${key}` }
	});
	const { results } = (await response.json()) as { results: { duration: string }[] };
	return results.map((task) => Number(/PT([\d.]+)S/.exec(task.duration)?.[1] ?? NaN) * 1000);
}

async function get(url: string): Promise<void> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url} answered ${response.status}`);
	await response.arrayBuffer();
}
