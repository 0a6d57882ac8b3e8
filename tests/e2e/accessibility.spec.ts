import { test, expect } from '@playwright/test';
import { axeViolations } from './axe';
import { LOCALES, PUBLIC_PAGES, at } from './public-pages';

// axe-core on every public page in every language, and on the page for an unknown address.
for (const locale of LOCALES) {
	for (const path of [...PUBLIC_PAGES, '/seite-gibt-es-nicht']) {
		test(`axe-core finds no WCAG 2.1 AA violations on ${at(locale, path)}`, async ({ page }) => {
			await page.goto(at(locale, path));
			expect(await axeViolations(page)).toEqual([]);
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
