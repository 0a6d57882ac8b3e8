import { rm } from 'node:fs/promises';
import { test as setup } from '@playwright/test';
import { E2E_STACKS } from './environment';
import { DEMO_ACCOUNTS, login, SHARED_SESSIONS, sessionFile } from './login';

// Each shared account logs in through the form once per run and stack (the coordinator with a TOTP
// code); the specs reuse these sessions through signIn() instead of logging in again.
setup.beforeAll(async () => {
	await Promise.all(E2E_STACKS.map((stack) => rm(stack.sessionsDir, { recursive: true, force: true })));
});

for (const stack of E2E_STACKS) {
	setup.describe(stack.origin, () => {
		setup.use({ baseURL: stack.origin });
		for (const name of SHARED_SESSIONS) {
			setup(`${name} logs in through the login form`, async ({ page }) => {
				await login(page, DEMO_ACCOUNTS[name]);
				await page.context().storageState({ path: sessionFile(DEMO_ACCOUNTS[name], stack.sessionsDir) });
			});
		}
	});
}
