import { axeViolations } from './axe';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, signIn } from './login';
import { waitForMail } from './mailbox';

/** CONTACT_EMAIL is not set in the e2e run: messages go to the demo coordinator. */
const KPR_ADDRESS = DEMO_ACCOUNTS.coordinator.email;
const REFERENCE = /KPR-[A-Z0-9]{4}-[A-Z0-9]{4}/;

async function referenceOn(page: Page): Promise<string> {
	await expect(page).toHaveURL(/\/kontakt\/gesendet\?nummer=KPR-/);
	const reference = new URL(page.url()).searchParams.get('nummer')!;
	await expect(page.getByText(reference)).toBeVisible();
	return reference;
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a citizen finds the form in the header, is told what to fix with the input kept, and gets a reference', async ({
		page
	}) => {
		await page.goto('/');
		await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Kontakt' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Kontakt zur Koordinierungsstelle' })).toBeVisible();

		await page.getByLabel('Ihre Nachricht').fill('Zu kurz');
		await page.getByLabel('Name').fill('Erika Muster');
		await page.getByLabel('Ich möchte eine Antwort per E-Mail.').check();
		await page.getByRole('button', { name: 'Nachricht senden' }).click();

		const summary = page.getByRole('alert');
		await expect(summary).toContainText('Bitte prüfen Sie Ihre Angaben');
		await expect(summary.getByRole('link', { name: 'Thema' })).toHaveAttribute('href', '#topic');
		await expect(page.getByLabel('E-Mail-Adresse')).toHaveAccessibleDescription(/brauchen wir Ihre E-Mail-Adresse/);
		await expect(page.getByLabel('Ihre Nachricht')).toHaveValue('Zu kurz');
		await expect(page.getByLabel('Name')).toHaveValue('Erika Muster');
		await expect(page.getByLabel('Ich möchte eine Antwort per E-Mail.')).toBeChecked();

		await page.getByLabel('Thema').selectOption({ label: 'Präventionsprojekt/Beratung' });
		await page
			.getByLabel('Ihre Nachricht')
			.fill('Unser Elternrat in Pethau plant einen Abend zu Cybermobbing. Können Sie jemanden vermitteln?');
		await page.getByLabel('E-Mail-Adresse').fill('elternrat-e2e@example.org');
		await page.getByRole('button', { name: 'Nachricht senden' }).click();

		await expect(page.getByRole('heading', { level: 1, name: 'Vielen Dank für Ihre Nachricht' })).toBeVisible();
		const reference = await referenceOn(page);
		const mail = await waitForMail({ to: KPR_ADDRESS, subject: reference });
		expect(mail.subject).toBe(`Neue Nachricht: Präventionsprojekt/Beratung (${reference})`);
		expect(mail.text).toContain('Unser Elternrat in Pethau plant einen Abend zu Cybermobbing.');
		expect(mail.text).not.toContain('Erika Muster');
	});

	test('the accessibility feedback form asks for the page and sends the barrier', async ({ page }) => {
		await page.goto('/barrierefreiheit/rueckmeldung');
		await page.getByLabel('Was ist die Barriere?').fill('Die Trefferzahl wird nach dem Filtern nicht vorgelesen.');
		await page.getByRole('button', { name: 'Rückmeldung senden' }).click();
		await expect(page.getByRole('alert')).toContainText('Bitte geben Sie an, auf welcher Seite die Barriere ist.');
		await expect(page.getByLabel('Was ist die Barriere?')).toHaveValue(
			'Die Trefferzahl wird nach dem Filtern nicht vorgelesen.'
		);

		await page.getByLabel('Auf welcher Seite ist die Barriere?').fill('/netzwerk');
		await page.getByRole('button', { name: 'Rückmeldung senden' }).click();
		const reference = await referenceOn(page);
		const mail = await waitForMail({ to: KPR_ADDRESS, subject: reference });
		expect(mail.subject).toBe(`Neue Nachricht: Barrierefreiheit (${reference})`);
		expect(mail.text).toContain('Seite: /netzwerk');
	});
});

test.describe('with JavaScript', () => {
	test('a citizen writes in English, sees the errors in English and gets the English confirmation', async ({
		page
	}) => {
		await page.goto('/en/kontakt');
		await expect(page.getByRole('heading', { level: 1, name: 'Contact the coordination office' })).toBeVisible();
		await page.getByLabel('Topic').selectOption({ label: 'Event' });
		await page
			.getByLabel('Your message')
			.fill('Street festival in Hirschfelde on 12 June: could the prevention council have a stand there?');
		await page.getByLabel('Email address').fill('not-an-address');
		await page.getByRole('button', { name: 'Send message' }).click();

		await expect(page.getByRole('alert')).toContainText('Please enter a valid email address');
		await expect(page.getByRole('alert')).toBeFocused();
		await expect(page.getByLabel('Your message')).toHaveValue(/Street festival in Hirschfelde/);

		await page.getByLabel('Email address').fill('festival-e2e@example.org');
		await page.getByRole('button', { name: 'Send message' }).click();
		await expect(page).toHaveURL(/\/en\/kontakt\/gesendet\?nummer=/);
		await expect(page.getByRole('heading', { level: 1, name: 'Thank you for your message' })).toBeVisible();
		const reference = await referenceOn(page);
		const mail = await waitForMail({ to: KPR_ADDRESS, subject: reference });
		expect(mail.text).toContain('Sprache des Formulars: Englisch');
	});
});

test.describe('the coordinator', () => {
	test('sees a new message in the inbox as delivered, notes and marks it handled, and deletes it after confirming', async ({
		browser
	}) => {
		const citizenContext = await browser.newContext();
		const citizen = await citizenContext.newPage();
		await citizen.goto('/kontakt');
		await citizen.getByLabel('Thema').selectOption({ label: 'Presse' });
		await citizen
			.getByLabel('Ihre Nachricht')
			.fill('Anfrage der Lokalzeitung zum Jahresbericht des Präventionsrats.');
		await citizen.getByLabel('Telefonnummer').fill('03583 777888');
		await citizen.getByRole('button', { name: 'Nachricht senden' }).click();
		const reference = await referenceOn(citizen);
		await citizenContext.close();
		await waitForMail({ to: KPR_ADDRESS, subject: reference });

		// axe-core needs a page of its own context.
		const context = await browser.newContext();
		const page = await context.newPage();
		await signIn(page, DEMO_ACCOUNTS.coordinator);
		await page.getByRole('navigation', { name: 'Koordination' }).getByRole('link', { name: 'Postfach' }).click();
		const row = page.getByRole('row').filter({ hasText: reference });
		await expect(row).toContainText('Presse');
		await expect(row).toContainText('offen');
		expect(await axeViolations(page)).toEqual([]);

		await row.getByRole('link', { name: reference }).click();
		await expect(page.getByRole('heading', { level: 1, name: `Nachricht ${reference}` })).toBeVisible();
		await expect(page.getByText('Anfrage der Lokalzeitung zum Jahresbericht')).toBeVisible();
		await expect(page.getByText('03583 777888')).toBeVisible();
		await expect(page.getByText(/^zugestellt$/)).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);

		await page.getByLabel('Notiz der Koordination').fill('An die Pressestelle weitergeleitet.');
		await page.getByRole('button', { name: 'Notiz speichern' }).click();
		await expect(page.getByText('Die Notiz ist gespeichert.')).toBeVisible();
		await page.getByRole('button', { name: 'Als erledigt markieren' }).click();
		await expect(page.getByText('Die Nachricht ist als erledigt markiert.')).toBeVisible();
		await expect(page.getByLabel('Notiz der Koordination')).toHaveValue('An die Pressestelle weitergeleitet.');

		await page.goto('/koordination/postfach');
		await expect(page.getByRole('row').filter({ hasText: reference })).toHaveCount(0);
		await page.getByRole('link', { name: /^Erledigt/ }).click();
		await expect(page.getByRole('row').filter({ hasText: reference })).toContainText('erledigt');

		await page.getByRole('link', { name: reference }).click();
		await page.getByRole('button', { name: 'Nachricht löschen' }).click();
		await expect(page.getByText('Bitte bestätigen Sie mit dem Häkchen')).toBeVisible();
		await page.getByLabel('Ja, diese Nachricht endgültig löschen').check();
		await page.getByRole('button', { name: 'Nachricht löschen' }).click();
		await expect(page.getByText('1 Nachricht wurde endgültig gelöscht.')).toBeVisible();
		await expect(page.getByRole('row').filter({ hasText: reference })).toHaveCount(0);
		await context.close();
	});
});

for (const path of ['/kontakt', '/en/kontakt', '/barrierefreiheit/rueckmeldung', '/en/barrierefreiheit/rueckmeldung']) {
	test(`axe-core finds nothing on ${path}`, async ({ page }) => {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});
}

for (const path of ['/kontakt/gesendet?nummer=KPR-4F7K-2QXA', '/en/kontakt/gesendet?nummer=KPR-4F7K-2QXA']) {
	test(`axe-core finds nothing on the confirmation ${path}`, async ({ page }) => {
		await page.goto(path);
		await expect(page.getByText(REFERENCE)).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});
}

test('axe-core finds nothing on /kontakt showing its errors', async ({ page }) => {
	await page.goto('/kontakt');
	await page.getByRole('button', { name: 'Nachricht senden' }).click();
	await expect(page.getByRole('alert')).toContainText('Bitte wählen Sie ein Thema aus.');
	expect(await axeViolations(page)).toEqual([]);
});

test('a confirmation address without a valid reference leads back to the form', async ({ page }) => {
	await page.goto('/kontakt/gesendet?nummer=<script>');
	await expect(page).toHaveURL(/\/kontakt$/);
});
