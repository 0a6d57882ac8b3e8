import { axeViolations } from './axe';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, signIn, signedInPage } from './login';
import { linkIn, readMailbox, waitForMail } from './mailbox';

test.describe('the coordinator', () => {
	let page: Page;
	test.beforeAll(async ({ browser }) => {
		page = await signedInPage(browser, DEMO_ACCOUNTS.coordinator);
	});
	test.afterAll(() => page?.context().close());

	test('invites an organization, sees it as a draft, and its first admin receives a working invitation link', async ({
		browser
	}) => {
		const seen = await readMailbox();
		await page.goto('/koordination/organisationen/neu');
		await page.getByLabel('Name der Organisation').fill('Nachbarschaftshilfe Hirschfelde');
		await page.getByLabel('Kategorie').selectOption({ label: 'Verein/Ehrenamt' });
		await page.getByLabel('E-Mail-Adresse der ersten verwaltenden Person').fill('hilfe@hirschfelde.example');
		await page.getByRole('button', { name: 'Als Entwurf anlegen und einladen' }).click();

		await expect(page.getByRole('heading', { level: 1, name: 'Nachbarschaftshilfe Hirschfelde' })).toBeVisible();
		await expect(page.getByText('Die Organisation ist als Entwurf angelegt')).toBeVisible();
		await expect(
			page.getByRole('row', { name: /hilfe@hirschfelde\.example.*Verwaltung.*eingeladen/ })
		).toBeVisible();
		await expect(
			page.getByRole('row', { name: /Katrin Koordinatorin Name – Nachbarschaftshilfe Hirschfelde/ })
		).toBeVisible();

		await page.goto('/koordination');
		await expect(page.getByRole('row', { name: /Nachbarschaftshilfe Hirschfelde.*Entwurf/ })).toBeVisible();

		const mail = await waitForMail({
			to: 'hilfe@hirschfelde.example',
			subject: 'Einladung zum Partnernetzwerk',
			seen
		});
		const invited = await browser.newPage();
		await invited.goto(linkIn(mail));
		await expect(invited.getByRole('heading', { level: 1, name: 'Einladung annehmen' })).toBeVisible();
		await expect(invited.getByText('hilfe@hirschfelde.example')).toBeVisible();
		await invited.close();
	});

	test('disables a person, whose session ends at once, and enables them again', async ({ browser }) => {
		const partner = await browser.newPage();
		await signIn(partner, DEMO_ACCOUNTS.associationAdmin);

		await page.goto('/koordination/personen');
		await page.getByRole('button', { name: 'verein@example.org sperren' }).click();
		await expect(page.getByText('Das Konto ist jetzt gesperrt.')).toBeVisible();
		await partner.goto('/intern');
		await expect(partner).toHaveURL(/\/anmelden/);

		await page.getByRole('button', { name: 'verein@example.org entsperren' }).click();
		await expect(page.getByText('Das Konto ist jetzt entsperrt.')).toBeVisible();
		await signIn(partner, DEMO_ACCOUNTS.associationAdmin);
		await expect(partner).toHaveURL(/\/intern/);
		await partner.close();
	});

	test('accepts an application sent through /partner-werden', async ({ browser }) => {
		const applicant = await browser.newPage();
		await applicant.goto('/partner-werden');
		await applicant.getByLabel('Name der Organisation').fill('Schachfreunde Eichgraben');
		await applicant.getByLabel('Ihr Name').fill('Berta Bauer');
		await applicant.getByLabel('E-Mail-Adresse').fill('vorstand@schach-eichgraben.example');
		await applicant
			.getByLabel('Was bietet Ihre Organisation an?')
			.fill('Schach-AG für Kinder und Jugendliche, dienstags im Jugendhaus.');
		await applicant.getByLabel(/Ich bin einverstanden/).check();
		await applicant.getByRole('button', { name: 'Anfrage senden' }).click();
		await expect(applicant.getByText('Vielen Dank für Ihre Anfrage')).toBeVisible();
		await applicant.close();

		await page.goto('/koordination/antraege');
		const application = page.getByRole('article', { name: 'Schachfreunde Eichgraben' });
		await application.getByLabel('Kategorie der neuen Organisation').selectOption({ label: 'Verein/Ehrenamt' });
		await application.getByRole('button', { name: 'Annehmen und einladen' }).click();
		await expect(
			page.getByText('Die Organisation ist als Entwurf angelegt und die anfragende Person eingeladen.')
		).toBeVisible();
		await waitForMail({ to: 'vorstand@schach-eichgraben.example', subject: 'Einladung zum Partnernetzwerk' });
	});

	test('finds nothing for axe-core on the coordination overview', async () => {
		await page.goto('/koordination');
		await expect(page.getByRole('heading', { level: 1, name: 'Koordination' })).toBeVisible();
		const waiting = page.getByRole('region', { name: 'Was auf Sie wartet' });
		await expect(waiting.getByRole('link', { name: /^\d+ offenen? Nachrichte?n? im Postfach$/ })).toHaveAttribute(
			'href',
			'/koordination/postfach'
		);
		await expect(waiting.getByRole('link', { name: /auf Freigabe$/ })).toHaveAttribute(
			'href',
			'/koordination/aktuelles#eingereicht'
		);
		expect(await axeViolations(page)).toEqual([]);
	});

	test('keeps the main menu on one row at 1280 px when signed in, the account links beside the languages', async () => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto('/koordination');
		const items = page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('listitem');
		const tops = await items.evaluateAll((elements) =>
			elements.map((element) => Math.round(element.getBoundingClientRect().top))
		);
		expect(new Set(tops).size).toBe(1);
		await expect(
			page.getByRole('navigation', { name: 'Mein Konto' }).getByRole('button', { name: 'Abmelden' })
		).toBeVisible();
	});

	for (const path of [
		'/koordination/organisationen/neu',
		'/koordination/organisationen/polizeirevier-zittau',
		'/koordination/personen',
		'/koordination/aktualitaet',
		'/koordination/antraege',
		'/intern/organisation/polizeirevier-zittau/personen'
	]) {
		test(`finds nothing for axe-core on ${path}`, async () => {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			expect(await axeViolations(page)).toEqual([]);
		});
	}

	test('sends the freshness reminders once and says so', async () => {
		await page.goto('/koordination/aktualitaet');
		await page.getByRole('button', { name: /Erinnerungen senden/ }).click();
		await expect(page.getByText(/\d+ Erinnerungen? versandt\./)).toBeVisible();
		await expect(page.getByRole('button', { name: 'Erinnerungen senden (0 fällig)' })).toBeVisible();
	});
});

test('an org admin invites a colleague and removes them again', async ({ page }) => {
	const seen = await readMailbox();
	await signIn(page, DEMO_ACCOUNTS.policeAdmin);
	await page.goto(`/intern/organisation/${DEMO_ACCOUNTS.policeAdmin.organization.slug}/personen`);
	await page.getByLabel('E-Mail-Adresse').fill('wache@polizei.example');
	await page.getByRole('button', { name: 'Einladung senden' }).click();
	await expect(page.getByText('wache@polizei.example hat eine Einladung per E-Mail erhalten.')).toBeVisible();
	await waitForMail({
		to: 'wache@polizei.example',
		subject: 'Einladung zum Partnernetzwerk: Polizeirevier Zittau',
		seen
	});

	await page.getByRole('button', { name: 'wache@polizei.example entfernen' }).click();
	await expect(page.getByText('Die Person hat keinen Zugriff mehr auf diese Organisation.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'wache@polizei.example entfernen' })).toHaveCount(0);
});

test('an editor may not manage the people of their organization', async ({ page }) => {
	await signIn(page, DEMO_ACCOUNTS.schoolEditor);
	const response = await page.goto(`/intern/organisation/${DEMO_ACCOUNTS.schoolEditor.organization.slug}/personen`);
	expect(response?.status()).toBe(403);
});

test('a partner account gets 403 on /koordination', async ({ page }) => {
	await signIn(page, DEMO_ACCOUNTS.policeAdmin);
	const response = await page.goto('/koordination');
	expect(response?.status()).toBe(403);
});

test('an anonymous visitor is sent to the login page and back afterwards', async ({ page }) => {
	await page.goto('/koordination/personen');
	await expect(page).toHaveURL(/\/anmelden\?weiter=%2Fkoordination%2Fpersonen$/);
});

test('axe-core finds nothing on /partner-werden', async ({ page }) => {
	await page.goto('/partner-werden');
	await expect(page.getByRole('heading', { level: 1, name: 'Partner werden' })).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});
