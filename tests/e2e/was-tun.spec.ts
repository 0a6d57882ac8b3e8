import { test, expect } from '@playwright/test';
import { DEMO_ACCOUNTS, signIn } from './login';

// A citizen who had a shock call finds what to do now, from the search box in the header, with and
// without JavaScript; a coordinator writes a guide and sees it published.
for (const javaScriptEnabled of [true, false]) {
	test.describe(`a citizen ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
		test.use({ javaScriptEnabled });

		test('searches the whole portal from the header and opens the guide on shock calls', async ({ page }) => {
			await page.goto('/aktuelles');
			await page
				.getByRole('searchbox', { name: 'Im Portal suchen' })
				.fill('Meine Oma hat einen Schockanruf bekommen');
			await page.getByRole('button', { name: 'Portalsuche starten' }).click();

			await expect(page).toHaveURL(/\/suche\?q=/);
			const guides = page.getByRole('region', { name: /Was tun bei/ });
			await expect(page.getByRole('heading', { name: /Ansprechpartner im Netzwerk/ })).toBeVisible();
			await guides.getByRole('link', { name: 'Was tun nach einem Schockanruf oder Enkeltrick?' }).click();

			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				'Was tun nach einem Schockanruf oder Enkeltrick?'
			);
			await expect(page.getByRole('heading', { name: 'Das können Sie jetzt tun' })).toBeVisible();
			await expect(page.getByRole('heading', { name: 'Wann 110 oder 112?' })).toBeVisible();
			const helpers = page.getByRole('region', { name: 'Wer in Zittau hilft' });
			await expect(helpers.getByRole('link', { name: /Polizeiliche Beratungsstelle/ })).toBeVisible();
		});
	});
}

test('the search page shows results while typing, keeps the field, and ends on a plain address', async ({ page }) => {
	await page.goto('/suche');
	const field = page.getByRole('searchbox', { name: 'Suchbegriff' });
	await field.pressSequentially('Schockanruf', { delay: 40 });

	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ergebnisse für „Schockanruf“');
	const guides = page.getByRole('region', { name: /Was tun bei/ });
	await expect(guides.getByRole('link', { name: 'Was tun nach einem Schockanruf oder Enkeltrick?' })).toBeVisible();
	await expect(field).toBeFocused();
	await expect(field).toHaveValue('Schockanruf');
	await expect(page.getByRole('status').filter({ hasText: /\d+ Treffer/ })).toBeAttached();
	// Once typing rests, the address no longer carries the live mark: it can be shared and is counted.
	await expect(page).toHaveURL(/\/suche\?q=Schockanruf$/);
});

test('a guide about danger shows the emergency numbers before its title', async ({ page }) => {
	await page.goto('/was-tun/haeusliche-gewalt');
	const emergency = page.getByRole('link', { name: /110/ }).first();
	const title = page.getByRole('heading', { level: 1 });
	const [emergencyBox, titleBox] = [await emergency.boundingBox(), await title.boundingBox()];
	expect(emergencyBox!.y).toBeLessThan(titleBox!.y);
});

test('the directory points to the matching guide, in Polish too', async ({ page }) => {
	await page.goto('/pl/netzwerk?q=przemoc+domowa');
	await expect(page.getByRole('link', { name: 'Co robić przy przemocy domowej?' })).toBeVisible();
});

test('a coordinator writes a guide, is told about an unknown partner, and publishes it', async ({ page }) => {
	await signIn(page, DEMO_ACCOUNTS.coordinator);
	await page.goto('/koordination/was-tun/neu');
	const title = `Was tun bei Ärger im Bus ${Date.now()}?`;
	await page.getByLabel('Überschrift').fill(title);
	await page.getByLabel('Kurzfassung').fill('Jemand pöbelt im Bus? So bleiben Sie sicher.');
	await page.getByLabel('Erste Schritte').fill('- Setzen Sie sich nach vorn zum Fahrer.');
	await page.getByLabel('Wann 110 oder 112?').fill('Rufen Sie **110**, wenn jemand angegriffen wird.');
	await page.getByLabel('Partner als Kontaktkarten').fill('gibt-es-nicht-123');
	await page.getByLabel(/Veröffentlicht/).check();
	await page.getByRole('button', { name: 'Anlegen' }).click();

	await expect(page.getByText(/gehören zu keinem Eintrag: gibt-es-nicht-123/).first()).toBeVisible();
	await expect(page.getByLabel('Überschrift')).toHaveValue(title);

	await page.getByLabel('Partner als Kontaktkarten').fill('polizeirevier-zittau');
	await page.getByRole('button', { name: 'Anlegen' }).click();
	await expect(page.getByText('Gespeichert')).toBeVisible();

	await page.getByRole('link', { name: /^\/was-tun\// }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(
		page.getByRole('region', { name: 'Wer in Zittau hilft' }).getByRole('link', { name: 'Polizeirevier Zittau' })
	).toBeVisible();
});
