import { expect, test } from '@playwright/test';
import { DEMO_ACCOUNTS, signIn } from './login';
import { linkIn, readMailbox, waitForMail } from './mailbox';

const POLICE = DEMO_ACCOUNTS.policeAdmin.organization;

// The whole way of a new colleague, from the invitation mail to a change citizens can find.
test('an invited colleague sets a password, edits the profile, and citizens find the change', async ({
	page,
	browser
}) => {
	const seen = await readMailbox();
	await signIn(page, DEMO_ACCOUNTS.policeAdmin);
	await page.goto(`/intern/organisation/${POLICE.slug}/personen`);
	await page.getByLabel('E-Mail-Adresse').fill('kollegin@polizei.example');
	await page.getByRole('button', { name: 'Einladung senden' }).click();
	await expect(page.getByText('kollegin@polizei.example hat eine Einladung per E-Mail erhalten.')).toBeVisible();

	const mail = await waitForMail({
		to: 'kollegin@polizei.example',
		subject: 'Einladung zum Partnernetzwerk: Polizeirevier Zittau',
		seen
	});
	const colleague = await (await browser.newContext()).newPage();
	await colleague.goto(linkIn(mail));
	await colleague.getByLabel('Ihr Name').fill('Karla Kollegin');
	await colleague.getByLabel('Passwort', { exact: true }).fill('Auf der Mandau fahren keine Schiffe');
	await colleague.getByRole('button', { name: 'Konto einrichten' }).click();
	await expect(colleague.getByRole('banner').getByRole('button', { name: 'Abmelden' })).toBeVisible();

	await colleague.goto(`/intern/organisation/${POLICE.slug}`);
	// A compound whose first part the vocabulary knows (Fahrrad → traffic): the very word must still be found.
	const word = `Fahrradcodierung${Date.now().toString(36)}`;
	const offer = colleague.getByLabel('Angebot', { exact: true });
	await offer.fill(`${await offer.inputValue()}\nNeu: ${word} jeden ersten Samstag im Monat.`);
	await colleague.getByRole('button', { name: 'Änderungen speichern' }).click();
	await expect(colleague.getByText('Die Änderungen sind gespeichert.')).toBeVisible();

	await expect
		.poll(
			async () => {
				const result = await (await page.request.get(`/api/suche?${new URLSearchParams({ q: word })}`)).json();
				return result.hits.map((hit: { slug: string }) => hit.slug);
			},
			{ timeout: 10_000 }
		)
		.toContain(POLICE.slug);
	await colleague.context().close();
});
