import { expect, type Page } from '@playwright/test';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateHOTP } from '@oslojs/otp';
import { DEMO_ACCOUNTS, DEMO_COORDINATOR_TOTP_KEY, type DemoAccount } from '../../src/lib/server/demo/accounts';

export { DEMO_ACCOUNTS };

const PERIOD_MS = 30_000;
// The server accepts each time step once (no replay); this worker remembers the last one it used.
let lastStep = -1;

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

/** A code for a time step the server has not seen yet; a refused code (replay) is retried with the next one. */
export async function enterTotpCode(page: Page): Promise<void> {
	const key = decodeBase32IgnorePadding(DEMO_COORDINATOR_TOTP_KEY);
	for (let attempt = 0; attempt < 3; attempt++) {
		const current = Math.floor(Date.now() / PERIOD_MS);
		const step = Math.max(current, lastStep + 1);
		// The server accepts one step ahead at most; wait until the wanted step is within reach.
		if (step > current + 1) await page.waitForTimeout((step - 1) * PERIOD_MS - Date.now() + 100);
		lastStep = step;
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
