import { test, expect } from '@playwright/test';
import { axeViolations } from './axe';
import { DEMO_ACCOUNTS, signIn } from './login';

// Citizens search for something the network has no words for; the coordinator sees the gap in the
// week's report and closes it in one step, with and without JavaScript.
for (const javaScriptEnabled of [true, false]) {
	test(`a coordinator ${javaScriptEnabled ? 'with' : 'without'} JavaScript closes a search gap`, async ({
		browser
	}) => {
		const word = () =>
			Array.from({ length: 9 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
		const query = `${word()} ${word()}`;

		const citizen = await browser.newPage();
		for (let i = 0; i < 3; i++) {
			await citizen.goto(`/netzwerk?q=${encodeURIComponent(query)}`);
			await expect(citizen.getByRole('heading', { name: 'Keine Partner gefunden', level: 2 })).toBeVisible();
		}
		await citizen.close();

		const context = await browser.newContext({ javaScriptEnabled });
		const page = await context.newPage();
		await signIn(page, DEMO_ACCOUNTS.coordinator);
		await page.goto('/koordination');
		await page.getByRole('navigation', { name: 'Koordination' }).getByRole('link', { name: 'Suchlücken' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Suchlücken');

		const gaps = page.getByRole('table', { name: /Suchanfragen ohne Treffer/ });
		const row = gaps.getByRole('row', { name: new RegExp(query) });
		await expect(row).toBeVisible();
		await expect(row.getByRole('cell').first()).toHaveText('3');
		// axe runs as a script in the page: it checks the page drawn with JavaScript; without, the page is the same HTML.
		if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([]);

		await row.getByRole('button', { name: 'Zum Wortschatz hinzufügen' }).click();
		await expect(page.getByRole('alert').filter({ hasText: 'Bitte wählen Sie einen Begriff' })).toBeVisible();

		const again = page
			.getByRole('table', { name: /Suchanfragen ohne Treffer/ })
			.getByRole('row', { name: new RegExp(query) });
		await again.getByLabel(`Begriff für „${query}“`).selectOption({ label: 'Ordnungsamt' });
		await again.getByRole('button', { name: 'Zum Wortschatz hinzufügen' }).click();
		await expect(page.getByText(`„${query}“ gehört jetzt zum Begriff „Ordnungsamt“`)).toBeVisible();
		await expect(page.getByRole('row', { name: new RegExp(query) })).toHaveCount(0);
		await context.close();
	});
}

test('a result opened from a search counts, without JavaScript, and its page names its clean address', async ({
	browser
}) => {
	const citizen = await browser.newPage({ javaScriptEnabled: false });
	for (let i = 0; i < 3; i++) await citizen.goto('/netzwerk?q=Verkehrswacht');

	const context = await browser.newContext();
	const page = await context.newPage();
	await signIn(page, DEMO_ACCOUNTS.coordinator);
	await page.goto('/koordination/suchluecken');
	const notOpened = page.getByRole('table', { name: /die niemand geöffnet hat/ });
	await expect(notOpened.getByRole('row', { name: /^verkehrswacht/ })).toBeVisible();

	await citizen.getByRole('link', { name: 'Verkehrswacht Zittau' }).first().click();
	await expect(citizen).toHaveURL(/\/netzwerk\/[^?]+\?suche=Verkehrswacht&von=netzwerk$/);
	const canonical = await citizen.locator('link[rel="canonical"]').getAttribute('href');
	expect(canonical).toMatch(/\/netzwerk\/[^?]+$/);

	await page.reload();
	await expect(page.getByRole('row', { name: /^verkehrswacht/ })).toHaveCount(0);
	await context.close();
	await citizen.close();
});
