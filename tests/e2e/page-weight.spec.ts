import { test, expect, type BrowserContext } from '@playwright/test';
import { collectProblems } from './concurrently';
import { at, PUBLIC_PAGES, TRANSLATIONS } from './public-pages';

// Issue #14's goal: a first visit to any public page transfers at most 150 KB (HTML, CSS, JS and
// fonts, compressed as the server sends them). Measured as Chromium's bytes on the wire, headers
// included, as Lighthouse counts them (npm run bench:web gives the throttled figures).
const BUDGET_KB = 150;

const PAGES = [
	...PUBLIC_PAGES,
	...TRANSLATIONS.flatMap((locale) => [at(locale, '/'), at(locale, '/netzwerk/polizeirevier-zittau')])
];

/**
 * A browser page that fetches everything anew on every visit, as on a first visit with an empty cache,
 * and counts the bytes a visit transfers, by resource type. One page for many visits: a browser context
 * of its own per visit cost about 0.3 s of CPU before it showed anything.
 */
async function firstVisitMeter(context: BrowserContext): Promise<(path: string) => Promise<Record<string, number>>> {
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	let types = new Map<string, string>();
	let bytes: Record<string, number> = {};
	cdp.on('Network.responseReceived', (event) => types.set(event.requestId, event.type));
	cdp.on('Network.loadingFinished', (event) => {
		const type = types.get(event.requestId) ?? 'Other';
		bytes[type] = (bytes[type] ?? 0) + event.encodedDataLength;
	});
	return async (path) => {
		types = new Map();
		bytes = {};
		await page.goto(path, { waitUntil: 'networkidle' });
		return bytes;
	};
}

test('every public page transfers at most 150 KB on a first visit', async ({ browser }) => {
	test.setTimeout(PAGES.length * 15_000);
	const rows: string[] = [];
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	// A few pages at a time, since most of a visit is networkidle's half second of quiet.
	const meters = await Promise.all(Array.from({ length: 4 }, () => firstVisitMeter(context)));
	const over = await collectProblems(PAGES, async (path, slot) => {
		const bytes = await meters[slot](path);
		const total = Object.values(bytes).reduce((sum, n) => sum + n, 0) / 1024;
		const parts = Object.entries(bytes)
			.sort(([, a], [, b]) => b - a)
			.map(([type, n]) => `${type} ${(n / 1024).toFixed(1)}`);
		rows.push(`${total.toFixed(1).padStart(6)} KB  ${path}  (${parts.join(', ')})`);
		return total > BUDGET_KB ? [`${path}: ${total.toFixed(1)} KB`] : [];
	});
	await context.close();
	console.log(`First visit, bytes transferred:\n${rows.join('\n')}`);
	expect(over).toEqual([]);
});
