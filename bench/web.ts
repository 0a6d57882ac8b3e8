// npm run bench:web [-- ORIGIN] [--runs=N] [--save=DIR] [--pages=/,/netzwerk]: Lighthouse in its mobile
// mode (throttled 4G, Moto G power) on seven public pages of a running portal (`npm run demo`). Prints,
// per page, the median of N runs (default 1): performance, LCP, TBT, CLS and the bytes a first and a
// repeat visit transfer, then the diagnostics that hold still under CPU load (requests and JavaScript
// before the largest paint). --save keeps every run's report as DIR/<page>-<run>.json for comparisons.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_PAGES = [
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

const options = parseArguments(process.argv.slice(2));

interface NetworkRequest {
	url: string;
	transferSize: number;
	statusCode: number;
	resourceType?: string;
	networkRequestTime?: number;
}

interface Audit {
	numericValue?: number;
	details?: { items?: NetworkRequest[] };
}

interface LighthouseReport {
	categories: Record<'performance' | 'accessibility', { score: number | null }>;
	audits: Record<string, Audit>;
}

interface Row {
	page: string;
	performance: number;
	accessibility: number;
	fcpMs: number;
	lcpMs: number;
	tbtMs: number;
	cls: number;
	firstKb: number;
	repeatKb: number;
	scripts: number;
	scriptKb: number;
	requestsBeforeLcp: number;
	bootupMs: number;
}

if (options.save) fs.mkdirSync(options.save, { recursive: true });
const rows: Row[] = [];
for (const page of options.pages) {
	const runs: Row[] = [];
	for (let run = 1; run <= options.runs; run++) {
		const report = await runLighthouse(`${options.origin}${page}`);
		if (options.save) {
			const name = `${page.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'start'}-${run}.json`;
			fs.writeFileSync(path.join(options.save, name), JSON.stringify(report));
		}
		runs.push(summarize(page, report));
	}
	rows.push(median(page, runs));
}
printTable(rows);

function parseArguments(args: string[]) {
	const flag = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
	const origin = args.find((arg) => !arg.startsWith('--')) || process.env.BENCH_ORIGIN || 'http://localhost:3000';
	return {
		origin: origin.replace(/\/$/, ''),
		runs: Math.max(1, Number(flag('runs') ?? 1)),
		save: flag('save'),
		pages: flag('pages')?.split(',') ?? DEFAULT_PAGES
	};
}

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
	const value = (id: string) => report.audits[id]?.numericValue ?? NaN;
	const requests = report.audits['network-requests'].details?.items ?? [];
	const bytes = (list: NetworkRequest[]) => list.reduce((sum, request) => sum + request.transferSize, 0);
	// A repeat visit fetches only what the browser may not keep: hashed /_app/immutable files are cached for a year.
	const repeat = requests.filter((request) => !new URL(request.url).pathname.startsWith('/_app/immutable/'));
	const scripts = requests.filter((request) => request.resourceType === 'Script');
	// Times in network-requests are relative to the navigation's start, as the observed LCP is.
	const observedLcp = (
		report.audits['metrics'] as { details?: { items?: { observedLargestContentfulPaint?: number }[] } }
	).details?.items?.[0]?.observedLargestContentfulPaint;
	const beforeLcp = requests.filter((request) => (request.networkRequestTime ?? 0) <= (observedLcp ?? Infinity));
	return {
		page,
		performance: Math.round((report.categories.performance.score ?? 0) * 100),
		accessibility: Math.round((report.categories.accessibility.score ?? 0) * 100),
		fcpMs: value('first-contentful-paint'),
		lcpMs: value('largest-contentful-paint'),
		tbtMs: value('total-blocking-time'),
		cls: value('cumulative-layout-shift'),
		firstKb: bytes(requests) / 1024,
		repeatKb: bytes(repeat) / 1024,
		scripts: scripts.length,
		scriptKb: bytes(scripts) / 1024,
		requestsBeforeLcp: beforeLcp.length,
		bootupMs: value('bootup-time')
	};
}

/** Each figure's median over the runs (the upper middle for an even count). */
function median(page: string, runs: Row[]): Row {
	const mid = (pick: (row: Row) => number) => runs.map(pick).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
	return {
		page,
		performance: mid((r) => r.performance),
		accessibility: mid((r) => r.accessibility),
		fcpMs: mid((r) => r.fcpMs),
		lcpMs: mid((r) => r.lcpMs),
		tbtMs: mid((r) => r.tbtMs),
		cls: mid((r) => r.cls),
		firstKb: mid((r) => r.firstKb),
		repeatKb: mid((r) => r.repeatKb),
		scripts: mid((r) => r.scripts),
		scriptKb: mid((r) => r.scriptKb),
		requestsBeforeLcp: mid((r) => r.requestsBeforeLcp),
		bootupMs: mid((r) => r.bootupMs)
	};
}

function printTable(list: Row[]): void {
	const runs = options.runs > 1 ? `, median of ${options.runs} runs` : '';
	console.log(`Lighthouse (mobile) on ${options.origin}${runs}\n`);
	console.log(
		'| page | performance | accessibility | FCP | LCP | TBT | CLS | first visit | repeat visit | scripts | requests before LCP | JS execution |'
	);
	console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
	for (const row of list) {
		console.log(
			`| ${row.page} | ${row.performance} | ${row.accessibility} | ${Math.round(row.fcpMs)} ms | ${Math.round(row.lcpMs)} ms | ` +
				`${Math.round(row.tbtMs)} ms | ${row.cls.toFixed(3)} | ${row.firstKb.toFixed(1)} KB | ${row.repeatKb.toFixed(1)} KB | ` +
				`${row.scripts} (${row.scriptKb.toFixed(1)} KB) | ${row.requestsBeforeLcp} | ${Math.round(row.bootupMs)} ms |`
		);
	}
}
