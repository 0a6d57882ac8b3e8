import { test as base, expect, type Page } from '@playwright/test';
import { AXE_MINIFIED, axeViolations } from './axe';
import { LOCALES, PUBLIC_PAGES, at } from './public-pages';

// One page per worker for all its checks, instead of a browser context per check: each page is loaded
// anew by `goto` all the same, but the browser keeps its cache of the portal's scripts, styles and fonts
// and its renderer. Public pages set no cookies and store nothing. axe comes with every page as an init
// script, which the renderer compiles from its cache, instead of being sent into each page anew (about
// 0.1 s of CPU less per check in the browser and in Playwright's worker).
const test = base.extend<object, { workerPage: Page }>({
	workerPage: [
		async ({ browser }, use, workerInfo) => {
			const { baseURL, locale, timezoneId } = workerInfo.project.use;
			const context = await browser.newContext({ baseURL, locale, timezoneId });
			await context.addInitScript({ content: AXE_MINIFIED });
			await use(await context.newPage());
			await context.close();
		},
		{ scope: 'worker' }
	]
});
const DESKTOP = { width: 1280, height: 720 };

// A phone: most citizens come this way. The small one (320 px) is the narrowest the pages must fit.
const PHONES = [
	{ width: 320, height: 640 },
	{ width: 390, height: 844 }
];

/** Elements that stick out to the right, for a readable failure; empty when the page fits. */
function overflow(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const root = document.documentElement;
		if (root.scrollWidth <= root.clientWidth) return [];
		const wide = [...document.body.querySelectorAll('*')].filter(
			(el) => el.getBoundingClientRect().right > root.clientWidth + 0.5
		);
		return [
			`${root.scrollWidth} px > ${root.clientWidth} px`,
			...wide.slice(-3).map((el) => el.outerHTML.slice(0, 120))
		];
	});
}

// Every public page in every language, and the page for an unknown address, loaded once: its heading,
// axe-core at the desktop width, then narrowed to two phones without sideways scrolling. The page stays
// as loaded on the desktop (filter groups that a phone's first load closes stay open), which shows more
// of it to the width check than a phone's first screen does.
for (const locale of LOCALES) {
	for (const path of [...PUBLIC_PAGES, '/seite-gibt-es-nicht']) {
		test(`axe-core finds no WCAG 2.1 AA violations on ${at(locale, path)}, which fits 320 and 390 px`, async ({
			workerPage: page
		}) => {
			await page.setViewportSize(DESKTOP);
			await page.goto(at(locale, path));
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			expect.soft(await axeViolations(page), 'axe-core').toEqual([]);
			const problems: Record<string, string[]> = {};
			for (const phone of PHONES) {
				await page.setViewportSize(phone);
				const found = await overflow(page);
				if (found.length > 0) problems[`${phone.width} px`] = found;
			}
			expect(problems, 'sideways scrolling').toEqual({});
		});
	}
}

test('the portal loads nothing from other hosts', async ({ page }) => {
	const foreign: string[] = [];
	page.on('request', (r) => {
		const host = new URL(r.url()).hostname;
		if (host !== 'localhost' && host !== '127.0.0.1') foreign.push(r.url());
	});
	await page.goto('/');
	await page.goto('/netzwerk?q=Schule');
	expect(foreign).toEqual([]);
});
