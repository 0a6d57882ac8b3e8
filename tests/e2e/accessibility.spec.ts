import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const pages = ['/', '/netzwerk', '/netzwerk?q=Polizei', '/netzwerk?q=xqzxqzxqz', '/seite-gibt-es-nicht', '/offene-daten'];

for (const path of pages) {
	test(`axe-core finds no violations on ${path}`, async ({ page }) => {
		await page.goto(path);
		const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
		expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
	});
}

test('axe-core finds no violations on a partner profile', async ({ page }) => {
	await page.goto('/netzwerk?q=Polizeirevier');
	await page.getByRole('main').locator('a[href^="/netzwerk/"]').first().click();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(result.violations.map((v) => v.id)).toEqual([]);
});

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
