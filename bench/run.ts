// npm run bench: 10,000 synthetic partners in a temp database and index; everything measured in one run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDirectoryQuery } from '../src/lib/directory/query';
import { openDatabase } from '../src/lib/server/db/connection';
import { migrateToLatest } from '../src/lib/server/db/migrate';
import { PARTNERS_INDEX } from '../src/lib/server/partners/service';
import { PROPOSALS_INDEX } from '../src/lib/server/proposals/service';
import { SearchConnection } from '../search/connection';
import { directoryRequest, planDirectorySearch, searchDirectory, taxonomyLabels } from '../search/directory';
import { DEFAULT_MAX_INDEXING_MEMORY, freePort, startEmbeddedMeili } from '../search/meili-process';
import { portalQueries, searchPortal } from '../search/portal-search';
import { reindex } from '../search/reindex';
import { searchIndexes } from '../search/registry';
import { startSearchSync } from '../search/sync';
import { cachedVocabulary } from '../search/vocabulary/cache';
import { understandQuery } from '../search/vocabulary/understand';
import { createProposalsFor, measureFreshness } from './freshness';
import { startBuiltServer } from './server';
import { BROWSER_REQUEST, measureInterleaved, measureThroughput, ms, summarize, type LatencySummary } from './stats';
import { createSyntheticPartners, deliverPendingOutbox } from './synthetic-partners';

const PARTNERS = Number(process.env.BENCH_PARTNERS || 10_000);
const MAX_INDEXING_MEMORY = process.env.MEILI_MAX_INDEXING_MEMORY || DEFAULT_MAX_INDEXING_MEMORY;
const ROUNDS = 20;
const CONCURRENCY = 8;
const THROUGHPUT_MS = 5_000;
const SAVES = 40;
const QUERIES = [
	'Polizei',
	'Sucht',
	'Beratung Zittau',
	'Gewalt Familie',
	'Jugendclub',
	'Medien Workshops',
	'Senioren Hilfe',
	'Nachbarschaft',
	'Verkehr',
	'Opferhilfe Sprechstunde',
	'Prävention',
	'Zentrum Pethau'
];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kpr-bench-'));
const db = openDatabase(path.join(dir, 'portal.db'));
const meili = await startEmbeddedMeili({
	dataDir: path.join(dir, 'meili'),
	port: 0,
	maxIndexingMemory: MAX_INDEXING_MEMORY
});
const connection = new SearchConnection({ url: meili.url, masterKey: meili.masterKey, db });
let server: Awaited<ReturnType<typeof startBuiltServer>> | null = null;
let sync: ReturnType<typeof startSearchSync> | null = null;
try {
	await migrateToLatest(db);
	let started = performance.now();
	const partners = await createSyntheticPartners(db, PARTNERS);
	await createProposalsFor(db, partners.slice(0, SAVES));
	console.log(`created ${partners.length} partners and ${SAVES} proposals in ${ms(performance.now() - started)}`);
	await connection.connect();
	await connection.waitUntilReady(120_000);
	await deliverPendingOutbox(db, connection);

	const port = await freePort();
	const base = `http://localhost:${port}`;
	server = await startBuiltServer({
		PORT: String(port),
		ORIGIN: base,
		DATABASE_PATH: path.join(dir, 'portal.db'),
		DATA_DIR: dir,
		MEILI_URL: meili.url,
		MEILI_MASTER_KEY: meili.masterKey,
		// The saves below are made in this process, whose own sync is woken by their commits.
		SEARCH_SYNC_INTERVAL_MS: String(3_600_000)
	});

	// The first build only filled empty indexes; what matters is a reindex beside live ones, searched meanwhile.
	const reindexMs: Record<string, number> = {};
	let searchesDuringReindex = 0;
	const failedDuringReindex: string[] = [];
	let reindexing = true;
	const searching = (async () => {
		while (reindexing) {
			const response = await fetch(`${base}/api/suche?q=Beratung`);
			const body = (await response.json()) as { total?: number; degraded?: boolean };
			if (!response.ok || !body.total || body.degraded)
				failedDuringReindex.push(`${response.status} ${JSON.stringify(body).slice(0, 80)}`);
			searchesDuringReindex++;
		}
	})();
	for (const index of searchIndexes) {
		started = performance.now();
		await reindex(db, connection, index);
		reindexMs[index.uid] = performance.now() - started;
	}
	reindexing = false;
	await searching;

	const terms = await taxonomyLabels(db);
	const directoryQuery = (q: string) => parseDirectoryQuery(new URLSearchParams({ q }));
	// The very request the directory sends for q (its reading, the literal word, the guides), sent raw.
	const rawRequests = new Map<string, unknown[]>();
	for (const q of QUERIES)
		rawRequests.set(q, directoryRequest(await planDirectorySearch(db, directoryQuery(q), 'de')).queries);
	const raw = async (q: string) => {
		await post(`${meili.url}/multi-search`, meili.masterKey, { queries: rawRequests.get(q) });
	};
	const inProcess = async (q: string) => {
		await searchDirectory({ db, search: connection }, directoryQuery(q));
	};
	const api = (q: string) => get(`${base}/api/suche?q=${encodeURIComponent(q)}`);
	const ssr = (q: string) => get(`${base}/netzwerk?q=${encodeURIComponent(q)}`);
	// One request through the portal's server that neither SvelteKit nor a search handles: the hop
	// that every portal request adds to the engine's time, whatever the portal does.
	const hop = () => get(`${base}/favicon.svg`);
	const tasks = { raw, api, ssr };
	for (const task of [...Object.values(tasks), inProcess]) for (const q of QUERIES) await task(q);
	// Interleaved, so that load from elsewhere on the machine falls on all alike.
	const latency = await measureInterleaved(QUERIES, ROUNDS, { ...tasks, inProcess, hop });
	// The portal-wide search (/suche): its one multi-search over five indexes sent raw, the search
	// function the page calls, and the rendered page.
	const vocabulary = await cachedVocabulary(db);
	const portalTasks = {
		rawPortal: (q: string) =>
			post(`${meili.url}/multi-search`, meili.masterKey, {
				queries: portalQueries({
					q,
					text: understandQuery(q, vocabulary).text,
					locale: 'de',
					terms,
					limitOf: () => 5
				})
			}),
		portal: async (q: string) => {
			await searchPortal({ db, search: connection }, { q, locale: 'de', limit: 5 });
		},
		portalPage: (q: string) => get(`${base}/suche?q=${encodeURIComponent(q)}`)
	};
	for (const task of Object.values(portalTasks)) for (const q of QUERIES) await task(q);
	const portalLatency = await measureInterleaved(QUERIES, ROUNDS, portalTasks);
	const throughput: Record<string, number> = {};
	for (const [name, task] of Object.entries(tasks))
		throughput[name] = await measureThroughput(QUERIES, CONCURRENCY, THROUGHPUT_MS, task);

	sync = startSearchSync(db, connection, { intervalMs: 3_600_000 });
	const admin = connection.adminClient();
	const saved = await measureFreshness(db, admin, partners, { saves: SAVES, index: PARTNERS_INDEX, field: 'offer' });
	const renamed = await measureFreshness(db, admin, partners.slice(0, SAVES), {
		saves: SAVES,
		index: PROPOSALS_INDEX,
		field: 'name'
	});
	const engine = await recentIndexingDurations(meili.url, meili.masterKey, SAVES);

	const row = (label: string, s: LatencySummary, rps: number, raw?: LatencySummary) =>
		`| ${label} | ${ms(s.p50)} | ${ms(s.p99)} | ${rps.toFixed(0)} req/s |${raw ? ` ${(s.p50 / raw.p50).toFixed(2)}× | ${(s.p99 / raw.p99).toFixed(2)}× | ${((100 * rps) / throughput.raw).toFixed(0)} % ` : ' — | — | — '}|`;
	console.log(
		`\n${PARTNERS} partners, ${QUERIES.length} queries × ${ROUNDS} rounds sequential (interleaved); throughput with ${CONCURRENCY} concurrent clients for ${THROUGHPUT_MS / 1000} s; --max-indexing-memory ${MAX_INDEXING_MEMORY}\n`
	);
	console.log('| what | p50 | p99 | throughput | p50 ratio | p99 ratio | throughput share |');
	console.log('| --- | --- | --- | --- | --- | --- | --- |');
	console.log(row('raw Meilisearch (the same multi-search)', latency.raw, throughput.raw));
	console.log(
		`| searchDirectory() in process | ${ms(latency.inProcess.p50)} | ${ms(latency.inProcess.p99)} | — | ${(latency.inProcess.p50 / latency.raw.p50).toFixed(2)}× | ${(latency.inProcess.p99 / latency.raw.p99).toFixed(2)}× | — |`
	);
	console.log(row('GET /api/suche', latency.api, throughput.api, latency.raw));
	console.log(row('GET /netzwerk?q= (SSR page)', latency.ssr, throughput.ssr, latency.raw));
	console.log(
		`| GET /favicon.svg (the hop alone: a static file) | ${ms(latency.hop.p50)} | ${ms(latency.hop.p99)} | — | ` +
			`floor ${((latency.raw.p50 + latency.hop.p50) / latency.raw.p50).toFixed(2)}× | — | — |`
	);
	const portalRow = (label: string, s: LatencySummary) =>
		`| ${label} | ${ms(s.p50)} | ${ms(s.p99)} | — | ${(s.p50 / portalLatency.rawPortal.p50).toFixed(2)}× | ${(s.p99 / portalLatency.rawPortal.p99).toFixed(2)}× | — |`;
	console.log(
		'| raw Meilisearch (the portal-wide multi-search, 5 indexes) | ' +
			`${ms(portalLatency.rawPortal.p50)} | ${ms(portalLatency.rawPortal.p99)} | — | — | — | — |`
	);
	console.log(portalRow('searchPortal() in process', portalLatency.portal));
	console.log(portalRow('GET /suche?q= (SSR page)', portalLatency.portalPage));
	for (const index of searchIndexes)
		console.log(
			`\nfull reindex of "${index.uid}" (side index + swap): ${(reindexMs[index.uid] / 1000).toFixed(2)} s`
		);
	console.log(
		`searches during the reindex: ${searchesDuringReindex}, of which failed, empty or from the fallback: ${failedDuringReindex.length}${failedDuringReindex.length ? ` (${failedDuringReindex.slice(0, 3).join('; ')})` : ''}`
	);
	console.log(`save → searchable (partners index, ${saved.count} saves): p50 ${ms(saved.p50)}, p95 ${ms(saved.p95)}`);
	console.log(
		`partner rename → found in the proposals index (${renamed.count} renames): p50 ${ms(renamed.p50)}, p95 ${ms(renamed.p95)}`
	);
	console.log(
		`  Meilisearch's own duration of the last ${engine.count} document tasks: p50 ${ms(engine.p50)}, p95 ${ms(engine.p95)}`
	);
} finally {
	await sync?.stop();
	await server?.stop();
	connection.close();
	await meili.stop();
	await db.destroy();
	fs.rmSync(dir, { recursive: true, force: true });
}

/** How long Meilisearch itself took for the last `count` document tasks, in ms. */
async function recentIndexingDurations(url: string, key: string, count: number): Promise<LatencySummary> {
	const response = await fetch(`${url}/tasks?types=documentAdditionOrUpdate&statuses=succeeded&limit=${count}`, {
		headers: { Authorization: `Bearer ${key}` }
	});
	const { results } = (await response.json()) as { results: { duration: string }[] };
	return summarize(results.map((task) => Number(/PT([\d.]+)S/.exec(task.duration)?.[1] ?? NaN) * 1000));
}

async function get(url: string): Promise<void> {
	const response = await fetch(url, BROWSER_REQUEST);
	if (!response.ok) throw new Error(`${url} answered ${response.status}`);
	await response.arrayBuffer();
}

async function post(url: string, key: string, body: unknown): Promise<void> {
	const response = await fetch(url, {
		method: 'POST',
		headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json', 'Accept-Encoding': 'identity' },
		body: JSON.stringify(body)
	});
	if (!response.ok) throw new Error(`${url} answered ${response.status}`);
	await response.arrayBuffer();
}
