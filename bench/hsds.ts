// npm run bench:hsds: the HSDS export of 10,000 synthetic partners — the API's full list page by page
// and the datapackage zip — with time and memory. Runs in-process on a temp database; no server.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../src/lib/server/db/connection';
import { migrateToLatest } from '../src/lib/server/db/migrate';
import { listServices } from '../src/lib/server/hsds/api';
import type { ExportSettings } from '../src/lib/server/hsds/context';
import { buildDatapackageZip } from '../src/lib/server/hsds/datapackage';
import { ms } from './stats';
import { createSyntheticPartners } from './synthetic-partners';

const PARTNERS = Number(process.env.BENCH_PARTNERS || 10_000);
const PER_PAGE = 1000;
const settings: ExportSettings = { origin: 'https://partner.example.org', stateProvince: 'Sachsen' };
const license = { name: 'Datenlizenz Deutschland – Namensnennung 2.0', url: 'https://www.govdata.de/dl-de/by-2-0' };
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** Runs `task` and reports wall and CPU time and the highest heap use above the start, sampled every 5 ms. */
async function measure<T>(task: () => Promise<T>) {
	globalThis.gc?.();
	const base = process.memoryUsage().heapUsed;
	let peak = base;
	const sample = () => (peak = Math.max(peak, process.memoryUsage().heapUsed));
	const timer = setInterval(sample, 5);
	const started = performance.now();
	const cpu = process.cpuUsage();
	try {
		const result = await task();
		sample();
		const used = process.cpuUsage(cpu);
		// CPU time says what the export costs even when other processes share the cores.
		return { result, time: performance.now() - started, cpu: (used.user + used.system) / 1000, heap: peak - base };
	} finally {
		clearInterval(timer);
	}
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kpr-bench-hsds-'));
const db = openDatabase(path.join(dir, 'portal.db'));
try {
	await migrateToLatest(db);
	const started = performance.now();
	await createSyntheticPartners(db, PARTNERS);
	console.log(`created ${PARTNERS} partners in ${ms(performance.now() - started)}`);

	const api = await measure(async () => {
		let bytes = 0;
		let pages = 0;
		for (let page = 1; ; page++) {
			const params = new URLSearchParams({ full: 'true', per_page: String(PER_PAGE), page: String(page) });
			const answer = await listServices(db, settings, params);
			if (!answer.ok) throw new Error(answer.message);
			bytes += Buffer.byteLength(JSON.stringify(answer.value));
			pages++;
			if (answer.value.last_page) return { bytes, pages };
		}
	});
	console.log(
		`API /services?full=true, ${api.result.pages} pages of ${PER_PAGE}: ${ms(api.time)} in all (CPU ${ms(api.cpu)}), ` +
			`${ms(api.time / api.result.pages)} per page, ${mib(api.result.bytes)} of JSON, heap peak +${mib(api.heap)}`
	);

	const zip = await measure(() => buildDatapackageZip(db, settings, license));
	console.log(
		`datapackage zip: ${ms(zip.time)} (CPU ${ms(zip.cpu)}), ${mib(zip.result.byteLength)}, heap peak +${mib(zip.heap)}`
	);
} finally {
	await db.destroy();
	fs.rmSync(dir, { recursive: true, force: true });
}
