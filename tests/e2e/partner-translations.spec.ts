import { test, expect, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { DEMO_ACCOUNTS, signIn } from './login';

const results = (page: Page) => page.getByRole('main').locator('ol.results > li');
const resultNames = (page: Page) => results(page).locator('h3');

async function expectNoAxeViolations(page: Page) {
	// axe takes long on a busy machine; the page itself answered in time.
	test.slow();
	expect(await axeViolations(page)).toEqual([]);
}

test.describe('a topic page', () => {
	test('names the topic and the number of contacts, and lists those who mainly work on it first', async ({
		page
	}) => {
		await page.goto('/netzwerk?thema=suchtpraevention');
		const heading = page.getByRole('heading', { level: 1 });
		await expect(heading).toHaveText(/^Suchtprävention – \d+ Ansprechpartner$/);
		await expect(page).toHaveTitle(/^Suchtprävention – \d+ Ansprechpartner/);
		const names = await resultNames(page).allTextContents();
		const counselling = names.indexOf('Suchtberatungs- und Behandlungsstelle Zittau');
		expect(counselling).toBeGreaterThanOrEqual(0);
		expect(counselling).toBeLessThan(3);
		// Addiction is one of four topics of the youth club, not its main one.
		expect(names.indexOf('Jugendclub „Kompass“')).toBeGreaterThan(counselling);
	});

	test('speaks Polish on a Polish page and shows the partners’ own Polish names', async ({ page }) => {
		await page.goto('/pl/netzwerk?thema=suchtpraevention');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Profilaktyka uzależnień – \d+ punkt/);
		const counselling = resultNames(page).filter({ hasText: 'Poradnia Uzależnień w Żytawie' });
		await expect(counselling).toHaveAttribute('lang', 'pl');
		const names = await resultNames(page).allTextContents();
		expect(names.slice(0, 3)).toContain('Poradnia Uzależnień w Żytawie');
		await expectNoAxeViolations(page);
	});

	test('shows the first result on a phone’s first screen, before the filters, with a link down to them', async ({
		page
	}) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/pl/netzwerk?thema=mobbing');
		// What to do comes before who could help: the topic's guide is the first result here.
		const guide = page.locator('.directory__guides .guide-list__item a').first();
		await expect(guide).toHaveText(/mobbing/i);
		const firstResult = (await guide.boundingBox())!;
		expect(firstResult.y + firstResult.height).toBeLessThanOrEqual(844);
		const filters = await page.getByText(/^Filtry \(\d+\)$/).boundingBox();
		expect((await resultNames(page).first().boundingBox())!.y).toBeLessThan(filters!.y);
		await expect(page.getByRole('link', { name: 'Przejdź do filtrów' })).toBeVisible();
	});
});

test.describe('a partner profile in another language', () => {
	test('shows the partner’s Polish text marked as Polish', async ({ page }) => {
		await page.goto('/pl/netzwerk/suchtberatung-zittau');
		const heading = page.getByRole('heading', { level: 1 });
		await expect(heading).toHaveText('Poradnia Uzależnień w Żytawie');
		await expect(heading).toHaveAttribute('lang', 'pl');
		await expect(page.locator('p[lang="pl"]', { hasText: 'Porady są bezpłatne' })).toBeVisible();
		await expectNoAxeViolations(page);
	});

	test('falls back to the German text, marked as German, where the partner wrote no translation', async ({
		page
	}) => {
		await page.goto('/en/netzwerk/buergerpolizist-innenstadt');
		const heading = page.getByRole('heading', { level: 1 });
		await expect(heading).toHaveText('Bürgerpolizist Innenstadt');
		await expect(heading).toHaveAttribute('lang', 'de');
		await expect(page.getByText("The partners' own descriptions are in German.")).toBeVisible();

		await page.goto('/cs/netzwerk/buergerpolizist-innenstadt');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Okrskář – Vnitřní město');
	});

	test('is found with the Polish word a neighbour from Poland would type', async ({ page }) => {
		await page.goto('/pl/netzwerk?q=dzielnicowy');
		await expect(resultNames(page).first()).toHaveText('Dzielnicowy – Stare Miasto');
	});
});

test.describe('editing translations without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a partner adds a Czech offer, sees a clear message for a too long name, and previews the Czech page', async ({
		page
	}) => {
		await signIn(page, DEMO_ACCOUNTS.policeAdmin);
		await page.goto('/intern/organisation/polizeirevier-zittau');
		const tooLong = 'P'.repeat(151);
		await page.getByLabel('Name (Polnisch)', { exact: true }).fill(tooLong);
		await page
			.getByLabel('Angebot (Tschechisch)', { exact: true })
			.fill('Nová nabídka: poradenství k bezpečnosti v Trojzemí.');
		await page.getByRole('button', { name: 'Änderungen speichern' }).click();

		await expect(
			page.getByText('Bitte kürzen Sie den Text auf höchstens 150 Zeichen (jetzt 151).').first()
		).toBeVisible();
		await expect(page.getByLabel('Name (Polnisch)', { exact: true })).toHaveValue(tooLong);
		await expect(page.getByLabel('Angebot (Tschechisch)', { exact: true })).toHaveValue(
			'Nová nabídka: poradenství k bezpečnosti v Trojzemí.'
		);

		await page.getByLabel('Name (Polnisch)', { exact: true }).fill('Komisariat Policji w Żytawie');
		await page.getByRole('button', { name: 'Änderungen speichern' }).click();
		await expect(page.getByText('Die Änderungen sind gespeichert.')).toBeVisible();

		await page.getByRole('link', { name: 'Vorschau der Seite auf Tschechisch' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Policejní služebna Žitava');
		await expect(page.locator('p[lang="cs"]', { hasText: 'Nová nabídka' })).toBeVisible();

		await page.goto('/cs/netzwerk/polizeirevier-zittau');
		await expect(page.locator('p[lang="cs"]', { hasText: 'Nová nabídka' })).toBeVisible();
	});
});
