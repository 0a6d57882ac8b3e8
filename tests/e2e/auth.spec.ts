import { test, expect } from '@playwright/test';
import { DEMO_ACCOUNTS, enterTotpCode, login } from './login';

test('a partner logs in with email and password and logs out again from the header', async ({ page }) => {
	await login(page, DEMO_ACCOUNTS.schoolEditor);
	await page.goto('/');
	const header = page.getByRole('banner');
	await expect(header.getByRole('link', { name: 'Mein Bereich' })).toHaveAttribute('href', '/intern');
	await header.getByRole('button', { name: 'Abmelden' }).click();
	await expect(page).toHaveURL(/\/anmelden\?abgemeldet/);
	await expect(page.getByRole('status')).toContainText('Sie wurden abgemeldet');
	await expect(page.getByRole('banner').getByRole('link', { name: 'Anmelden' })).toBeVisible();
});

test('the coordinator needs the code from the authenticator app after the password', async ({ page }) => {
	await page.goto('/anmelden');
	await page.getByLabel('E-Mail-Adresse').fill(DEMO_ACCOUNTS.coordinator.email);
	await page.getByLabel('Passwort', { exact: true }).fill(DEMO_ACCOUNTS.coordinator.password);
	await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
	await expect(page).toHaveURL(/\/anmelden\/zwei-faktor/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anmeldung bestätigen');
	await page.getByLabel('Code', { exact: true }).fill('000000');
	await page.getByRole('button', { name: 'Bestätigen' }).click();
	await expect(page.getByRole('alert')).toContainText('Der Code ist nicht richtig');
	await enterTotpCode(page);
	await expect(page).toHaveURL(/\/koordination/);
	await expect(page.getByRole('banner').getByRole('link', { name: 'Mein Bereich' })).toHaveAttribute('href', '/koordination');
});
