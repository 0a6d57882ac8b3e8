import { rm } from 'node:fs/promises';
import { test as setup } from '@playwright/test';
import { E2E_SESSIONS_DIR } from './environment';
import { DEMO_ACCOUNTS, login, SHARED_SESSIONS, sessionFile } from './login';

// Each shared account logs in through the form once per run (the coordinator with a TOTP code); the
// specs reuse these sessions through signIn() instead of logging in again.
setup.beforeAll(async () => {
	await rm(E2E_SESSIONS_DIR, { recursive: true, force: true });
});

for (const name of SHARED_SESSIONS) {
	setup(`${name} logs in through the login form`, async ({ page }) => {
		await login(page, DEMO_ACCOUNTS[name]);
		await page.context().storageState({ path: sessionFile(DEMO_ACCOUNTS[name]) });
	});
}
