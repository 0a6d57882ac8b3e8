import { test, expect } from '@playwright/test';

// A phone: most citizens come this way. That every public page fits 320 and 390 px without sideways
// scrolling is checked on the page load of its axe-core check (accessibility.spec.ts).
const PHONE = { width: 390, height: 844 };

test.describe('on a phone', () => {
	test.use({ viewport: PHONE });

	for (const path of ['/netzwerk?q=Beratung', '/netzwerk?thema=kriminalpraevention']) {
		test(`${path} shows the first result's name on the first screen, the filters behind one button`, async ({
			page
		}) => {
			await page.goto(path);
			const first = page.locator('ol.results > li').first();
			const name = (await first.getByRole('heading').first().boundingBox())!;
			expect(name.y + name.height).toBeLessThanOrEqual(PHONE.height);
			const filterToggle = page.getByText(/^Filter \(\d+\)$/);
			expect((await first.boundingBox())!.y).toBeLessThan((await filterToggle.boundingBox())!.y);

			const toggle = page.getByText(/^Filter \(\d+\)$/);
			await expect(page.getByRole('group', { name: 'Thema' })).toBeHidden();
			await toggle.click();
			await expect(page.getByRole('heading', { name: 'Suche eingrenzen' })).toBeVisible();
		});
	}

	test('the navigation opens from a menu button, also without JavaScript', async ({ browser }) => {
		const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/');
		const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
		await expect(nav.getByRole('link', { name: 'Netzwerk' })).toBeHidden();
		await page.getByText('Menü', { exact: true }).click();
		await nav.getByRole('link', { name: 'Aktuelles' }).click();
		await expect(page).toHaveURL(/\/aktuelles$/);
		await context.close();
	});

	test('the answer to a street lookup is focused and in view, the officer one tap away', async ({ page }) => {
		await page.goto('/buergerpolizisten');
		await page.getByLabel('Straße und Hausnummer').fill('Markt');
		await page.getByRole('button', { name: 'Zuständigkeit suchen' }).click();
		const answer = page.locator('section.answer');
		await expect(answer).toBeFocused();
		await expect(answer).toBeInViewport();
		await expect(answer.locator('a[href^="tel:"]').first()).toBeVisible();
	});
});

test.describe('compression', () => {
	const CASES = [
		['a page', '/netzwerk?q=Beratung', 'text/html'],
		['search JSON', '/api/suche?q=Polizei', 'application/json'],
		['the Atom feed', '/aktuelles/feed.xml', 'application/atom+xml'],
		['the calendar feed', '/aktuelles/veranstaltungen.ics', 'text/calendar']
	] as const;

	for (const [what, path, type] of CASES) {
		for (const encoding of ['br', 'gzip']) {
			test(`${what} comes ${encoding}-compressed to a client that accepts it`, async ({ request }) => {
				const response = await request.get(path, { headers: { 'accept-encoding': encoding } });
				expect(response.status()).toBe(200);
				expect(response.headers()['content-type']).toContain(type);
				expect(response.headers()['content-encoding']).toBe(encoding);
				expect(response.headers()['vary']).toMatch(/accept-encoding/i);
				// The security headers come through the compression unchanged.
				expect(response.headers()['x-content-type-options']).toBe('nosniff');
			});
		}
	}

	test('nothing is compressed for a client that does not ask, nor tiny bodies or fonts', async ({ request }) => {
		const plain = await request.get('/', { headers: { 'accept-encoding': 'identity' } });
		expect(plain.headers()['content-encoding']).toBeUndefined();
		const html = await plain.text();
		expect(html).toContain('<html');

		const tiny = await request.get('/healthz', { headers: { 'accept-encoding': 'br, gzip' } });
		expect(tiny.headers()['content-encoding']).toBeUndefined();

		// woff2 is compressed already; the preloaded font is the one every first visit loads.
		const font = html.match(/<link rel="preload" href="([^"]+\.woff2)"/)?.[1];
		expect(font).toBeTruthy();
		const fontResponse = await request.get(font!, { headers: { 'accept-encoding': 'br, gzip' } });
		expect(fontResponse.status()).toBe(200);
		expect(fontResponse.headers()['content-encoding']).toBeUndefined();
		expect((await fontResponse.body()).length).toBeLessThan(40_000);
	});
});
