// npm run bench:ab -- <dir> <dir> …: the same requests against two or more builds of the portal, one
// request after another, alternating the builds, so that load from elsewhere on a shared machine
// falls on all alike. Each <dir> holds server.js and its build/ (copy the worktree's after
// `npx vite build`; link node_modules beside them); `<dir>+--flag` starts that one with a Node flag.
// Reports p50/p95 per route and build, and each server's own CPU time per request: on a loaded
// machine the CPU time shows a difference of a few tenths of a millisecond that latency hides.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../src/lib/server/db/connection';
import { migrateToLatest } from '../src/lib/server/db/migrate';
import { SearchConnection } from '../search/connection';
import { DEFAULT_MAX_INDEXING_MEMORY, freePort, startEmbeddedMeili } from '../search/meili-process';
import { BROWSER_REQUEST, summarize } from './stats';
import { createSyntheticPartners, deliverPendingOutbox } from './synthetic-partners';

const PARTNERS = Number(process.env.BENCH_PARTNERS || 10_000);
const ROUNDS = Number(process.env.ROUNDS || 25);
const ROUTES = (process.env.ROUTES || 'ssr').split(',') as Route[];
const QUERIES = ['Polizei', 'Sucht', 'Beratung Zittau', 'Gewalt Familie', 'Jugendclub', 'Medien Workshops'];
const PATHS = {
	ssr: (q: string) => `/netzwerk?q=${encodeURIComponent(q)}`,
	api: (q: string) => `/api/suche?q=${encodeURIComponent(q)}`,
	portal: (q: string) => `/suche?q=${encodeURIComponent(q)}`,
	hop: () => '/favicon.svg'
};
type Route = keyof typeof PATHS;

const specs = process.argv.slice(2);
if (specs.length === 0) throw new Error('usage: npm run bench:ab -- <dir>[+--node-flag] <dir> …');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kpr-bench-ab-'));
const db = openDatabase(path.join(dir, 'portal.db'));
const meili = await startEmbeddedMeili({
	dataDir: path.join(dir, 'meili'),
	port: 0,
	maxIndexingMemory: process.env.MEILI_MAX_INDEXING_MEMORY || DEFAULT_MAX_INDEXING_MEMORY
});
const connection = new SearchConnection({ url: meili.url, masterKey: meili.masterKey, db });
const servers: { label: string; port: number; pid: number; stop: () => void }[] = [];
try {
	await migrateToLatest(db);
	await createSyntheticPartners(db, PARTNERS);
	await connection.connect();
	await connection.waitUntilReady(300_000);
	await deliverPendingOutbox(db, connection);
	for (const spec of specs) servers.push(await start(spec));

	const samples = new Map<string, number[]>();
	const get = async (server: (typeof servers)[number], route: Route, q: string, record: boolean) => {
		const started = performance.now();
		const response = await fetch(`http://localhost:${server.port}${PATHS[route](q)}`, BROWSER_REQUEST);
		await response.arrayBuffer();
		if (!response.ok) throw new Error(`${server.label} ${route} answered ${response.status}`);
		if (!record) return;
		const key = `${route} ${server.label}`;
		samples.set(key, [...(samples.get(key) ?? []), performance.now() - started]);
	};
	for (const route of ROUTES)
		for (const q of QUERIES) for (const server of servers) await get(server, route, q, false);
	const cpuBefore = servers.map((s) => cpuMs(s.pid));
	for (let round = 0; round < ROUNDS; round++)
		for (const q of QUERIES)
			for (const route of ROUTES)
				for (const server of round % 2 ? [...servers].reverse() : servers) await get(server, route, q, true);
	const requests = ROUNDS * QUERIES.length * ROUTES.length;
	servers.forEach((s, i) =>
		console.log(`${s.label}: server CPU ${((cpuMs(s.pid) - cpuBefore[i]) / requests).toFixed(2)} ms per request`)
	);
	for (const [key, list] of samples) {
		const s = summarize(list);
		console.log(`${key}: n=${s.count} p50 ${s.p50.toFixed(2)} ms, p95 ${s.p95.toFixed(2)} ms`);
	}
} finally {
	await Promise.all(servers.map((server) => server.stop()));
	connection.close();
	await meili.stop();
	await db.destroy();
	fs.rmSync(dir, { recursive: true, force: true });
}

async function start(spec: string) {
	const [serverDir, ...flags] = spec.split('+');
	const port = await freePort();
	const child = spawn(process.execPath, [...flags, 'server.js'], {
		cwd: serverDir,
		env: {
			...process.env,
			PORT: String(port),
			ORIGIN: `http://localhost:${port}`,
			DATABASE_PATH: path.join(dir, 'portal.db'),
			DATA_DIR: dir,
			MEILI_URL: meili.url,
			MEILI_MASTER_KEY: meili.masterKey,
			SEARCH_SYNC_INTERVAL_MS: String(3_600_000)
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const deadline = Date.now() + 60_000;
	while (
		!(await fetch(`http://localhost:${port}/healthz`).then(
			(r) => r.ok,
			() => false
		))
	) {
		if (child.exitCode !== null || Date.now() > deadline) throw new Error(`${spec} did not start`);
		await new Promise((r) => setTimeout(r, 200));
	}
	// SIGTERM lets the server finish, so that a `+--cpu-prof` server writes its profile into <dir>.
	const stop = () =>
		new Promise<void>((resolve) => {
			if (child.exitCode !== null) return resolve();
			const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
			child.once('exit', () => {
				clearTimeout(kill);
				resolve();
			});
			child.kill('SIGTERM');
		});
	return { label: spec, port, pid: child.pid!, stop };
}

/** User plus system CPU time of a process so far (Linux /proc, 100 clock ticks a second), in ms. */
function cpuMs(pid: number): number {
	const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
	return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}
