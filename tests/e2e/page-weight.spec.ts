import { test, expect, type Browser } from '@playwright/test';
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

/** Bytes a browser with an empty cache transfers to show the page, by resource type. */
async function firstVisit(browser: Browser, path: string): Promise<Record<string, number>> {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	const types = new Map<string, string>();
	const bytes: Record<string, number> = {};
	cdp.on('Network.responseReceived', (event) => types.set(event.requestId, event.type));
	cdp.on('Network.loadingFinished', (event) => {
		const type = types.get(event.requestId) ?? 'Other';
		bytes[type] = (bytes[type] ?? 0) + event.encodedDataLength;
	});
	await page.goto(path, { waitUntil: 'networkidle' });
	await context.close();
	return bytes;
}

test('every public page transfers at most 150 KB on a first visit', async ({ browser }) => {
	test.setTimeout(PAGES.length * 15_000);
	const rows: string[] = [];
	// Each visit has a context (and so an empty cache) of its own; a few at a time, since most of a
	// visit is networkidle's half second of quiet.
	const over = await collectProblems(PAGES, async (path) => {
		const bytes = await firstVisit(browser, path);
		const total = Object.values(bytes).reduce((sum, n) => sum + n, 0) / 1024;
		const parts = Object.entries(bytes)
			.sort(([, a], [, b]) => b - a)
			.map(([type, n]) => `${type} ${(n / 1024).toFixed(1)}`);
		rows.push(`${total.toFixed(1).padStart(6)} KB  ${path}  (${parts.join(', ')})`);
		return total > BUDGET_KB ? [`${path}: ${total.toFixed(1)} KB`] : [];
	});
	console.log(`First visit, bytes transferred:\n${rows.join('\n')}`);
	expect(over).toEqual([]);
});
