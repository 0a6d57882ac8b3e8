// npm run bench:web [-- ORIGIN]: Lighthouse in its mobile mode (throttled 4G, Moto G power) on seven
// public pages of a running portal (`npm run demo`), one run per page. Prints performance, LCP, TBT,
// CLS and the bytes a first and a repeat visit transfer.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const origin = (process.argv[2] || process.env.BENCH_ORIGIN || 'http://localhost:3000').replace(/\/$/, '');
const PAGES = [
	'/',
	'/netzwerk?q=Beratung',
	'/netzwerk',
	'/netzwerk/polizeirevier-zittau',
	'/buergerpolizisten',
	'/aktuelles',
	'/projekte'
];
// Debian's Chromium as root in a container: no sandbox, no GPU, the new headless mode.
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run';

interface NetworkRequest {
	url: string;
	transferSize: number;
	statusCode: number;
}

interface LighthouseReport {
	categories: Record<'performance' | 'accessibility', { score: number | null }>;
	audits: Record<string, { numericValue?: number; details?: { items?: NetworkRequest[] } }>;
}

interface Row {
	page: string;
	performance: number;
	accessibility: number;
	lcpMs: number;
	tbtMs: number;
	cls: number;
	firstKb: number;
	repeatKb: number;
}

const rows: Row[] = [];
for (const page of PAGES) rows.push(summarize(page, await runLighthouse(`${origin}${page}`)));
printTable(rows);

async function runLighthouse(url: string): Promise<LighthouseReport> {
	const bin = path.join(root, 'node_modules', 'lighthouse', 'cli', 'index.js');
	const { stdout } = await promisify(execFile)(
		process.execPath,
		[
			bin,
			url,
			'--output=json',
			'--output-path=stdout',
			'--quiet',
			'--only-categories=performance,accessibility',
			`--chrome-flags=${CHROME_FLAGS}`
		],
		{
			env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' },
			maxBuffer: 64 * 1024 * 1024
		}
	);
	return JSON.parse(stdout) as LighthouseReport;
}

function summarize(page: string, report: LighthouseReport): Row {
	const requests = report.audits['network-requests'].details?.items ?? [];
	const bytes = (list: NetworkRequest[]) => list.reduce((sum, request) => sum + request.transferSize, 0);
	// A repeat visit fetches only what the browser may not keep: hashed /_app/immutable files are cached for a year.
	const repeat = requests.filter((request) => !new URL(request.url).pathname.startsWith('/_app/immutable/'));
	return {
		page,
		performance: Math.round((report.categories.performance.score ?? 0) * 100),
		accessibility: Math.round((report.categories.accessibility.score ?? 0) * 100),
		lcpMs: report.audits['largest-contentful-paint'].numericValue ?? NaN,
		tbtMs: report.audits['total-blocking-time'].numericValue ?? NaN,
		cls: report.audits['cumulative-layout-shift'].numericValue ?? NaN,
		firstKb: bytes(requests) / 1024,
		repeatKb: bytes(repeat) / 1024
	};
}

function printTable(list: Row[]): void {
	console.log(`Lighthouse (mobile) on ${origin}\n`);
	console.log('| page | performance | accessibility | LCP | TBT | CLS | first visit | repeat visit |');
	console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
	for (const row of list) {
		console.log(
			`| ${row.page} | ${row.performance} | ${row.accessibility} | ${Math.round(row.lcpMs)} ms | ${Math.round(row.tbtMs)} ms | ` +
				`${row.cls.toFixed(3)} | ${row.firstKb.toFixed(1)} KB | ${row.repeatKb.toFixed(1)} KB |`
		);
	}
}
