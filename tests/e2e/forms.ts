import type { Page } from '@playwright/test';

/** Lets the page's forms go to the server with empty or malformed fields, to see the server's own check. */
export async function skipBrowserValidation(page: Page): Promise<void> {
	await page.evaluate(() => document.querySelectorAll('form').forEach((form) => (form.noValidate = true)));
}
