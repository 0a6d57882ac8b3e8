import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, type Browser, type Page } from '@playwright/test';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateHOTP } from '@oslojs/otp';
import { DEMO_ACCOUNTS, DEMO_COORDINATOR_TOTP_KEY, type DemoAccount } from '../../src/lib/server/demo/accounts';
import { E2E_SESSIONS_DIR } from './environment';

export { DEMO_ACCOUNTS };

/**
 * The accounts whose sessions tests/e2e/sessions.setup.ts saves once per run. The association's admin
 * is not among them: specs change its password and disable it, which ends its sessions.
 */
export const SHARED_SESSIONS = ['coordinator', 'policeAdmin', 'schoolEditor'] as const;

/** Where the saved session (Playwright storage state) of an account is kept during the run, by default on this worker's stack. */
export function sessionFile(account: DemoAccount, sessionsDir = E2E_SESSIONS_DIR): string {
	return path.join(sessionsDir, `${account.email}.json`);
}

/**
 * Signs the page's browser context in as a demo account and opens where a login would have led
 * (`weiter`, else the account's home): with the session the setup project saved through the login
 * form, so that no spec waits for a fresh TOTP step; by the form (`login`) for an account without one.
 * Specs about logging in or out use `login`, which never touches the shared sessions.
 */
export async function signIn(page: Page, account: DemoAccount, { weiter }: { weiter?: string } = {}): Promise<void> {
	const file = sessionFile(account);
	if (!existsSync(file)) return login(page, account, { weiter });
	const { cookies } = JSON.parse(await readFile(file, 'utf8'));
	await page.context().addCookies(cookies);
	// A signed-in visit to the login page is sent on to its target, as after a login.
	await page.goto(weiter ? `/anmelden?${new URLSearchParams({ weiter })}` : '/anmelden');
	await expect(page).not.toHaveURL(/\/anmelden/);
}

const PERIOD_MS = 30_000;
// Each server accepts each time step once (no replay); this worker remembers the last one it used on each.
const lastSteps = new Map<string, number>();

/**
 * Logs in through /anmelden as a demo account (e.g. `login(page, DEMO_ACCOUNTS.coordinator)`), enters
 * the coordinator's TOTP code when asked, and waits until the login page is left behind.
 */
export async function login(page: Page, account: DemoAccount, { weiter }: { weiter?: string } = {}): Promise<void> {
	await page.goto(weiter ? `/anmelden?${new URLSearchParams({ weiter })}` : '/anmelden');
	await page.getByLabel('E-Mail-Adresse').fill(account.email);
	await page.getByLabel('Passwort', { exact: true }).fill(account.password);
	await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
	await page.waitForURL((url) => url.pathname !== '/anmelden');
	if (new URL(page.url()).pathname === '/anmelden/zwei-faktor') await enterTotpCode(page);
	await expect(page).not.toHaveURL(/\/anmelden/);
}

/** A page in a browser context of its own, signed in as the account (see signIn); close its context when done. */
export async function signedInPage(browser: Browser, account: DemoAccount): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await signIn(page, account);
	return page;
}

/** A code for a time step the server has not seen yet; a refused code (replay) is retried with the next one. */
export async function enterTotpCode(page: Page): Promise<void> {
	const key = decodeBase32IgnorePadding(DEMO_COORDINATOR_TOTP_KEY);
	const server = new URL(page.url()).origin;
	for (let attempt = 0; attempt < 3; attempt++) {
		const current = Math.floor(Date.now() / PERIOD_MS);
		const step = Math.max(current, (lastSteps.get(server) ?? -1) + 1);
		// The server accepts one step ahead at most; wait until the wanted step is within reach.
		if (step > current + 1) await page.waitForTimeout((step - 1) * PERIOD_MS - Date.now() + 100);
		lastSteps.set(server, step);
		await page.getByLabel('Code', { exact: true }).fill(generateHOTP(key, BigInt(step), 6));
		await page.getByRole('button', { name: 'Bestätigen' }).click();
		// An accepted code leaves the page at once; a refused one (replayed step) stays with a message.
		const left = await page
			.waitForURL((url) => url.pathname !== '/anmelden/zwei-faktor', { timeout: 5_000 })
			.then(
				() => true,
				() => false
			);
		if (left) return;
	}
	throw new Error('The TOTP code was refused three times');
}
