import { expect, test } from '@playwright/test';
import { openBeforeHydration } from '../helpers/before-hydration';
import { skipBrowserValidation } from './forms';
import { DEMO_ACCOUNTS, signedInPage } from './login';

// A slow phone: the page's scripts arrive after the person has started to type. What was typed stays, and
// where the person is typing stays theirs.

test('what a visitor types into the application before the scripts have run stays, the long text too', async ({
	page
}) => {
	const { hydrate } = await openBeforeHydration(page, '/partner-werden');
	const message = page.getByRole('textbox', { name: 'Was bietet Ihre Organisation an?' });
	await message.fill('Beratung für Familien in Zittau-Süd');
	await hydrate();
	await expect(message).toHaveValue('Beratung für Familien in Zittau-Süd');
});

test('a form sent before the scripts ran keeps the focus where the coordinator goes on typing', async ({ browser }) => {
	const page = await signedInPage(browser, DEMO_ACCOUNTS.coordinator);
	const { hydrate } = await openBeforeHydration(page, '/koordination/seiten/handlungsfelder');
	await page.getByLabel('Name des Handlungsfelds').fill('Sicherheit im Bahnhofsumfeld');
	// Sent without a description, to get the server's own check back.
	await skipBrowserValidation(page);
	await page.getByRole('button', { name: 'Handlungsfeld anlegen' }).click();
	await expect(page.getByRole('alert').getByText('Bitte beschreiben Sie das Handlungsfeld')).toBeVisible();
	const summary = page.getByLabel('Beschreibung');
	await summary.click();
	await page.keyboard.type('Mehr Licht am Bahnhof');
	await hydrate();
	await page.keyboard.type(' und regelmäßige Streifen.');
	await expect(summary).toBeFocused();
	await expect(summary).toHaveValue('Mehr Licht am Bahnhof und regelmäßige Streifen.');
	await page.context().close();
});
