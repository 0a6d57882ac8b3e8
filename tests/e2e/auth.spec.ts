import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { axeViolations } from './axe';
import { test, expect, type BrowserContext, type Cookie, type Page } from '@playwright/test';
import { findLinks } from '../../src/lib/server/mail/links';
import { E2E_DATA_DIR, E2E_ORIGIN } from './environment';
import { DEMO_ACCOUNTS, enterTotpCode, login } from './login';
import { linkIn, readMailbox, waitForMail } from './mailbox';

const WRONG_CREDENTIALS = 'E-Mail-Adresse oder Passwort sind nicht richtig.';
const RESET_ANSWER = 'Wenn zu dieser E-Mail-Adresse ein Konto besteht, haben wir Ihnen einen Link geschickt';

test('a partner logs in, gets a protected session cookie, and logging out ends the session on the server', async ({
	page,
	context
}) => {
	await login(page, DEMO_ACCOUNTS.schoolEditor);
	const session = await sessionCookie(context);
	expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
	const home = await page.goto('/');
	expect(home?.headers()['cache-control']).toBe('no-store');
	const header = page.getByRole('banner');
	await expect(header.getByRole('link', { name: 'Mein Bereich' })).toHaveAttribute('href', '/intern');
	await expect(header.getByRole('link', { name: 'Mein Konto' })).toHaveAttribute('href', '/konto');

	await header.getByRole('button', { name: 'Abmelden' }).click();
	await expect(page).toHaveURL(/\/anmelden\?abgemeldet/);
	await expect(page.getByRole('status')).toContainText('Sie wurden abgemeldet');
	await expect(page.getByRole('banner').getByRole('link', { name: 'Anmelden' })).toBeVisible();

	await context.addCookies([session]);
	await page.goto('/');
	await expect(page.getByRole('banner').getByRole('link', { name: 'Anmelden' })).toBeVisible();
});

test('a wrong password and an unknown email get the same German answer, and the email stays filled in', async ({
	page
}) => {
	const answers: string[] = [];
	for (const email of [DEMO_ACCOUNTS.associationAdmin.email, 'gibt-es-nicht@example.org']) {
		await submitLogin(page, email, 'Ein-falsches-Passwort-123');
		await expect(page.getByRole('alert')).toContainText(WRONG_CREDENTIALS);
		await expect(page.getByLabel('E-Mail-Adresse')).toHaveValue(email);
		answers.push(await page.getByRole('alert').innerText());
	}
	expect(answers[0]).toBe(answers[1]);
});

test('after five failed attempts for one email, further attempts are refused for a quarter of an hour', async ({
	page
}) => {
	const email = 'probiert-viel@example.org';
	for (let attempt = 1; attempt <= 4; attempt++) {
		await submitLogin(page, email, `Falsches-Passwort-Nummer-${attempt}`);
		await expect(page.getByRole('alert')).toContainText(WRONG_CREDENTIALS);
	}
	await submitLogin(page, email, 'Falsches-Passwort-Nummer-5');
	await expect(page.getByRole('alert')).toContainText(
		'Zu viele Versuche. Bitte versuchen Sie es in 15 Minuten erneut.'
	);
	await submitLogin(page, email, 'Falsches-Passwort-Nummer-6');
	await expect(page.getByRole('alert')).toContainText('Zu viele Versuche');
});

test('the coordinator needs the code from the authenticator app after the password, and then gets a new session', async ({
	page,
	context
}) => {
	await submitLogin(page, DEMO_ACCOUNTS.coordinator.email, DEMO_ACCOUNTS.coordinator.password);
	await expect(page).toHaveURL(/\/anmelden\/zwei-faktor/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anmeldung bestätigen');
	const beforeSecondFactor = await sessionCookie(context);
	await page.goto('/');
	await expect(page.getByRole('banner').getByRole('link', { name: 'Anmelden' })).toBeVisible();
	await page.goto('/anmelden/zwei-faktor');
	await page.getByLabel('Code', { exact: true }).fill('000000');
	await page.getByRole('button', { name: 'Bestätigen' }).click();
	await expect(page.getByRole('alert')).toContainText('Der Code ist nicht richtig');
	await enterTotpCode(page);
	await expect(page).toHaveURL(/\/koordination/);
	await expect(page.getByRole('banner').getByRole('link', { name: 'Mein Bereich' })).toHaveAttribute(
		'href',
		'/koordination'
	);
	expect((await sessionCookie(context)).value).not.toBe(beforeSecondFactor.value);
});

test('an invitation link lets a new person set name and password and logs them in', async ({ page }) => {
	const link = await createCoordinatorLink('neue-koordination@example.org');
	await page.goto(link);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Einladung annehmen');
	await expect(page.getByRole('main')).toContainText('neue-koordination@example.org');

	await page.getByLabel('Ihr Name').fill('Nora Neu');
	await page.getByLabel('Passwort', { exact: true }).fill('abcabcabcabc');
	await page.getByRole('button', { name: 'Konto einrichten' }).click();
	await expect(page.getByText('Dieses Passwort ist sehr verbreitet')).toBeVisible();
	await expect(page.getByLabel('Ihr Name')).toHaveValue('Nora Neu');

	await page.getByLabel('Passwort', { exact: true }).fill('Mein Garten hat drei Apfelbäume');
	await page.getByRole('button', { name: 'Konto einrichten' }).click();
	await expect(page).not.toHaveURL(/\/einladung\//);
	await expect(page.getByRole('banner').getByRole('button', { name: 'Abmelden' })).toBeVisible();

	await page.goto(link);
	await expect(page.getByText('Die Einladung ist nicht mehr gültig')).toBeVisible();
});

test('a forgotten password is reset through the link mailed over SMTP, and the link works once', async ({ page }) => {
	const email = 'vergesslich@example.org';
	await acceptInvitation(page, await createCoordinatorLink(email), 'Alter Satz als mein Passwort');
	await page.getByRole('banner').getByRole('button', { name: 'Abmelden' }).click();

	const seen = await readMailbox();
	for (const address of ['niemand-hier@example.org', email]) {
		await page.goto('/passwort-vergessen');
		await page.getByLabel('E-Mail-Adresse').fill(address);
		await page.getByRole('button', { name: 'Link anfordern' }).click();
		await expect(page.getByRole('status')).toContainText(RESET_ANSWER);
	}
	const mail = await waitForMail({ to: email, subject: 'Neues Passwort festlegen', seen });
	expect((await readMailbox()).some((m) => m.to.includes('niemand-hier@example.org'))).toBe(false);

	await page.goto(linkIn(mail));
	await page.getByLabel('Neues Passwort').fill('Neuer Satz als mein Passwort');
	await page.getByRole('button', { name: 'Passwort speichern' }).click();
	await expect(page).toHaveURL(/\/anmelden\?passwort-geaendert/);
	await expect(page.getByRole('status')).toContainText('Bitte melden Sie sich mit Ihrem neuen Passwort an.');

	await submitLogin(page, email, 'Alter Satz als mein Passwort');
	await expect(page.getByRole('alert')).toContainText(WRONG_CREDENTIALS);
	await submitLogin(page, email, 'Neuer Satz als mein Passwort');
	await expect(page).not.toHaveURL(/\/anmelden/);

	await page.goto(linkIn(mail));
	await expect(page.getByText('Der Link ist nicht mehr gültig')).toBeVisible();
});

// The login and forgotten-password pages as they first come are public pages (accessibility.spec.ts).
test('axe-core finds nothing on the invitation page and the login form with its errors', async ({ page }) => {
	const invitation = await createCoordinatorLink('barrierefrei@example.org');
	await page.goto(new URL(invitation).pathname);
	expect(await axeViolations(page)).toEqual([]);
	await submitLogin(page, '', '');
	await expect(page.getByText('Bitte geben Sie Ihre E-Mail-Adresse ein.')).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});

test('a login form posted from another origin is refused with 403', async ({ request }) => {
	const response = await request.post('/anmelden', {
		headers: { origin: 'https://angreifer.example' },
		form: { email: DEMO_ACCOUNTS.schoolEditor.email, password: DEMO_ACCOUNTS.schoolEditor.password }
	});
	expect(response.status()).toBe(403);
	expect(response.headers()['set-cookie'] ?? '').not.toContain('kpr_session');
});

/** The session cookie; over http (as in this run) it has no `__Host-` prefix. */
async function sessionCookie(context: BrowserContext): Promise<Cookie> {
	const cookie = (await context.cookies()).find((c) => c.name === 'kpr_session');
	if (!cookie) throw new Error('No session cookie');
	return cookie;
}

async function submitLogin(page: Page, email: string, password: string): Promise<void> {
	await page.goto('/anmelden');
	await page.getByLabel('E-Mail-Adresse').fill(email);
	await page.getByLabel('Passwort', { exact: true }).fill(password);
	// The form is enhanced: the answer to its POST, not a navigation, says the server has decided.
	const answer = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/anmelden'));
	await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
	await answer;
}

/** Runs `npm run create-coordinator` against the running portal's database and returns the printed link. */
async function createCoordinatorLink(email: string): Promise<string> {
	const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/create-coordinator.ts', '--email', email], {
		env: { ...process.env, DATA_DIR: E2E_DATA_DIR, ORIGIN: E2E_ORIGIN }
	});
	const [link] = findLinks(stdout);
	if (!link) throw new Error(`create-coordinator printed no link:\n${stdout}`);
	return link;
}

async function acceptInvitation(page: Page, link: string, password: string): Promise<void> {
	await page.goto(link);
	await page.getByLabel('Ihr Name').fill('Vera Vergesslich');
	await page.getByLabel('Passwort', { exact: true }).fill(password);
	await page.getByRole('button', { name: 'Konto einrichten' }).click();
	await expect(page.getByRole('banner').getByRole('button', { name: 'Abmelden' })).toBeVisible();
}
