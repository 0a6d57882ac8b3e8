import { test, expect, type Page } from '@playwright/test';

// A citizen looks for help: searches, narrows by a category, opens a profile. Runs with and without JS.
for (const javaScriptEnabled of [true, false]) {
	test.describe(`a citizen ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
		test.use({ javaScriptEnabled });

		test('searches from the home page, filters by category and opens a profile', async ({ page }) => {
			await page.goto('/');
			await page.getByRole('searchbox', { name: /Wen kann ich ansprechen/ }).fill('Polizei');
			await page.getByRole('button', { name: 'Suchen' }).first().click();

			await expect(page).toHaveURL(/\/netzwerk\?q=Polizei/);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expect(resultCount(page)).toHaveText(/\d+ Partner gefunden/);
			await expect(resultLinks(page).first()).toBeVisible();
			// With JavaScript a box applies itself once the page has hydrated, which hides "Filter anwenden";
			// checked before that, hydration resets it (the button is there for that moment).
			if (javaScriptEnabled) await expect(page.getByRole('button', { name: 'Filter anwenden' })).toBeHidden();

			await page
				.getByRole('group', { name: 'Kategorie' })
				.getByRole('checkbox', { name: /^Polizei/ })
				.check();
			if (!javaScriptEnabled) await page.getByRole('button', { name: 'Suchen' }).first().click();
			await expect(page).toHaveURL(/kategorie=polizei/);
			const firstResult = resultLinks(page).first();
			const name = (await firstResult.textContent())!.trim();

			await firstResult.click();
			// The search's marker (search gaps) rides along; the profile names its clean address as canonical.
			await expect(page).toHaveURL(/\/netzwerk\/[a-z0-9-]+\?suche=Polizei&von=netzwerk$/);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
			await expect(page.getByText('Polizei').first()).toBeVisible();
			await expect(page.getByRole('link', { name: /OpenStreetMap/ })).toHaveAttribute(
				'href',
				/openstreetmap\.org/
			);
		});

		test('sees an empty state with suggestions when nothing matches', async ({ page }) => {
			await page.goto('/netzwerk?q=xqzxqzxqz');
			await expect(page.getByText(/keine Partner gefunden|Keine Treffer/i).first()).toBeVisible();
			await expect(page.getByRole('link', { name: /110/ }).first()).toBeVisible();
		});

		test('sees the emergency numbers above the partners when the search names violence, in Polish too', async ({
			page
		}) => {
			await page.goto('/pl/netzwerk?q=m%C4%85%C5%BC%20mnie%20bije');
			const numbers = page.getByRole('region', { name: 'W nagłym wypadku proszę natychmiast dzwonić' });
			await expect(numbers.getByRole('link', { name: /110/ })).toBeVisible();
			const polishResult = page.getByRole('main').locator('a[href^="/pl/netzwerk/"]').first();
			await expect(polishResult).toBeVisible();
			const numbersBox = (await numbers.boundingBox())!;
			const firstResult = (await polishResult.boundingBox())!;
			expect(numbersBox.y).toBeLessThan(firstResult.y);

			await page.goto('/netzwerk?q=Einbruchschutz');
			await expect(resultLinks(page).first()).toBeVisible();
			await expect(page.getByRole('region', { name: 'Im Notfall sofort anrufen' })).toHaveCount(0);
		});

		test('pages through all partners with bookmarkable links', async ({ page }) => {
			await page.goto('/netzwerk');
			const pagination = page.getByRole('navigation', { name: 'Seiten' });
			await pagination.getByRole('link', { name: /2/ }).first().click();
			await expect(page).toHaveURL(/seite=2/);
			await expect(resultLinks(page).first()).toBeVisible();
		});
	});
}

test('results update as the citizen types, the URL follows and the back button returns', async ({ page }) => {
	await page.goto('/netzwerk');
	const before = await resultCount(page).textContent();
	const asksTheJsonEndpoint = page.waitForRequest(/\/api\/suche\?.*q=Enkel/);
	await page
		.getByRole('searchbox', { name: /Suchbegriff|Wen kann ich ansprechen|Suche/ })
		.pressSequentially('Enkeltrick', { delay: 30 });
	await asksTheJsonEndpoint;
	await expect(page).toHaveURL(/q=Enkeltrick/);
	await expect(resultCount(page)).not.toHaveText(before!);
	await expect(page.locator('mark').first()).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: /Partner gefunden/ })).toHaveCount(1);
	await page.goBack();
	await expect(page).not.toHaveURL(/q=Enkeltrick/);
});

test('an unknown profile answers with the 404 page', async ({ page }) => {
	const response = await page.goto('/netzwerk/gibt-es-nicht');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/nicht gefunden/);
});

test('the vCard of a partner downloads as text/vcard', async ({ page, request }) => {
	await page.goto('/netzwerk?q=Polizeirevier');
	// The result link carries the search's marker (search gaps); the vCard hangs off the profile's path.
	const { pathname } = new URL((await resultLinks(page).first().getAttribute('href'))!, 'http://localhost');
	const response = await request.get(`${pathname}/vcard`);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toContain('text/vcard');
	expect(await response.text()).toContain('BEGIN:VCARD');
});

const resultLinks = (page: Page) => page.getByRole('main').locator('a[href^="/netzwerk/"]');
const resultCount = (page: Page) => page.getByText(/\d+ Partner gefunden|Keine Partner gefunden/).first();
