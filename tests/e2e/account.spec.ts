import { readFile } from 'node:fs/promises';
import { axeViolations } from './axe';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateTOTP } from '@oslojs/otp';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, login } from './login';
import { linkIn, readMailbox, waitForMail } from './mailbox';

// The association's admin: the other specs do not log in as them, so changing their settings here
// (and changing them back) cannot disturb them.
const account = DEMO_ACCOUNTS.associationAdmin;

test.beforeEach(async ({ page }) => {
	await login(page, account, { weiter: '/konto' });
	await page.goto('/konto');
});

test('a partner changes their name, and it stays changed', async ({ page }) => {
	const nameField = page.getByLabel('Ihr Name');
	await expect(nameField).toHaveValue(account.name);

	await nameField.fill('Volker Vereinsmeier');
	await page.getByRole('button', { name: 'Name speichern' }).click();
	await expect(page.getByRole('status')).toContainText('Ihr Name wurde geändert');
	await page.reload();
	await expect(page.getByLabel('Ihr Name')).toHaveValue('Volker Vereinsmeier');

	await page.getByLabel('Ihr Name').fill('');
	await page.getByRole('button', { name: 'Name speichern' }).click();
	await expect(page.getByText('Bitte geben Sie Ihren Namen ein.')).toBeVisible();

	await page.getByLabel('Ihr Name').fill(account.name);
	await page.getByRole('button', { name: 'Name speichern' }).click();
	await expect(page.getByRole('status')).toContainText('Ihr Name wurde geändert');
});

test('a partner sets up two-factor with a code from their app, gets ten recovery codes once, and may switch it off', async ({
	page
}) => {
	await page.getByRole('link', { name: 'Zwei-Faktor-Anmeldung einrichten' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zwei-Faktor-Anmeldung einrichten');
	await expect(page.getByRole('link', { name: 'dieser Link zur App' })).toHaveAttribute(
		'href',
		/^otpauth:\/\/totp\//
	);
	const manualKey = await page.locator('.manual-key code').innerText();
	expect(manualKey).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);

	await page.getByLabel('Code aus der App').fill('000000');
	await page.getByLabel('Aktuelles Passwort').fill(account.password);
	await page.getByRole('button', { name: 'Einrichten' }).click();
	await expect(page.getByText('Der Code stimmt nicht.')).toBeVisible();

	const key = decodeBase32IgnorePadding(manualKey.replace(/ /g, ''));
	await page.getByLabel('Code aus der App').fill(generateTOTP(key, 30, 6));
	await page.getByLabel('Aktuelles Passwort').fill(account.password);
	await page.getByRole('button', { name: 'Einrichten' }).click();
	const codes = page.getByRole('list', { name: 'Wiederherstellungscodes' }).getByRole('listitem');
	await expect(codes).toHaveCount(10);
	await expect(codes.first()).toHaveText(/^[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}$/);
	const firstCodes = await codes.allInnerTexts();

	await page.getByRole('link', { name: 'Ich habe die Codes aufbewahrt – weiter' }).click();
	await expect(page).toHaveURL(/\/konto$/);
	await expect(page.getByText('Die Zwei-Faktor-Anmeldung ist eingeschaltet.')).toContainText(
		'noch 10 unbenutzte Wiederherstellungscodes'
	);
	await expect(page.getByRole('link', { name: 'Zwei-Faktor-Anmeldung einrichten' })).toHaveCount(0);

	await page.locator('#codes-passwort').fill(account.password);
	await page.getByRole('button', { name: 'Neue Codes erzeugen' }).click();
	await expect(codes).toHaveCount(10);
	expect(await codes.allInnerTexts()).not.toEqual(firstCodes);

	await page.locator('#zwei-faktor-aus-passwort').fill(account.password);
	await page.getByRole('button', { name: 'Ausschalten' }).click();
	await expect(page.getByRole('status')).toContainText('Die Zwei-Faktor-Anmeldung ist ausgeschaltet');
	await expect(page.getByRole('link', { name: 'Zwei-Faktor-Anmeldung einrichten' })).toBeVisible();
});

test('the data export is a JSON file of the person’s own data without the password hash', async ({ page }) => {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Meine Daten herunterladen (JSON)' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^kpr-konto-\d{4}-\d{2}-\d{2}\.json$/);
	const text = await readFile(await download.path(), 'utf8');
	const data = JSON.parse(text);

	expect(data.account).toMatchObject({ email: account.email, role: 'partner' });
	expect(data.memberships).toEqual([expect.objectContaining({ slug: account.organization.slug, role: 'admin' })]);
	expect(data.authEvents.map((e: { kind: string }) => e.kind)).toContain('login_success');
	expect(text).not.toContain('$argon2');
	expect(text).not.toContain(account.password);
	expect(text).not.toMatch(/hash|secret|totp_key/i);
});

/** Asks for the change on /konto, follows the link from the mail and confirms it. */
async function changeEmail(page: Page, to: string): Promise<void> {
	const seen = await readMailbox();
	await page.goto('/konto');
	await page.getByLabel('Neue E-Mail-Adresse').fill(to);
	await page.locator('#email-passwort').fill(account.password);
	await page.getByRole('button', { name: 'Bestätigungslink senden' }).click();
	await expect(page.getByRole('status')).toContainText(`Falls die Adresse ${to} nicht schon`);
	const mail = await waitForMail({ to, subject: 'Bitte bestätigen Sie Ihre neue E-Mail-Adresse', seen });
	await page.goto(linkIn(mail));
	await expect(page.getByText(`Möchten Sie sich künftig mit ${to} anmelden?`)).toBeVisible();
	await page.getByRole('button', { name: 'E-Mail-Adresse bestätigen' }).click();
	await expect(page.getByRole('status')).toContainText(`Ab sofort melden Sie sich mit ${to} an.`);
}

test('a partner changes their email through the link mailed to the new address, and logs in with it', async ({
	page
}) => {
	const newEmail = 'vorstand@verkehrswacht.example';
	await changeEmail(page, newEmail);
	await page.goto('/konto');
	await expect(page.getByText(`Sie melden sich derzeit mit ${newEmail} an.`)).toBeVisible();

	await page.context().clearCookies();
	await login(page, { ...account, email: newEmail });
	await changeEmail(page, account.email);
});

test('a wrong current password changes nothing and says so next to the field', async ({ page }) => {
	await page.getByLabel('Neue E-Mail-Adresse').fill('neu@verein.example');
	await page.locator('#email-passwort').fill('nicht das richtige Passwort');
	await page.getByRole('button', { name: 'Bestätigungslink senden' }).click();
	await expect(page.getByText('Das aktuelle Passwort ist nicht richtig.')).toBeVisible();
	await expect(page.getByLabel('Neue E-Mail-Adresse')).toHaveValue('neu@verein.example');
	await expect(page.locator('#email-passwort')).toHaveAttribute('aria-invalid', 'true');
});

test('axe-core finds nothing on /konto and on the two-factor set-up page', async ({ page }) => {
	expect(await axeViolations(page)).toEqual([]);
	await page.goto('/konto/zwei-faktor');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the name form still saves and keeps a refused input', async ({ page }) => {
		await page.getByLabel('Ihr Name').fill('   ');
		await page.getByRole('button', { name: 'Name speichern' }).click();
		await expect(page.getByText('Bitte geben Sie Ihren Namen ein.')).toBeVisible();

		await page.getByLabel('Ihr Name').fill(account.name);
		await page.getByRole('button', { name: 'Name speichern' }).click();
		await expect(page.getByRole('status')).toContainText('Ihr Name wurde geändert');
		await expect(page.getByLabel('Ihr Name')).toHaveValue(account.name);
	});
});
