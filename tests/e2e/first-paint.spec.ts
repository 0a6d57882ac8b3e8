import { expect, test } from '@playwright/test';
import { signIn } from './login';
import { DEMO_ACCOUNTS } from '../../src/lib/server/demo/accounts';

// Public pages paint their text before any script is fetched, then hydrate (src/lib/server/deferred-hydration.ts).

test('a public page is painted before its scripts are fetched, and its JavaScript still runs', async ({ page }) => {
	const response = await page.goto('/buergerpolizisten');
	expect(response?.headers().link ?? '').not.toContain('modulepreload');
	await expect
		.poll(() =>
			page.evaluate(() => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('.js')))
		)
		.toBe(true);
	const timings = await page.evaluate(() => ({
		firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity,
		scripts: performance
			.getEntriesByType('resource')
			.filter((entry) => entry.name.endsWith('.js'))
			.map((entry) => entry.startTime)
	}));
	expect(Math.min(...timings.scripts)).toBeGreaterThanOrEqual(timings.firstPaint);

	// Hydrated: the street field suggests streets while typing.
	await page.getByRole('combobox', { name: 'Straße und Hausnummer' }).pressSequentially('Hochw', { delay: 30 });
	await expect(page.getByRole('option', { name: 'Hochwaldstraße' })).toBeVisible();
});

test('the signed-in areas still announce their scripts at once', async ({ page }) => {
	await signIn(page, DEMO_ACCOUNTS.schoolEditor);
	const response = await page.goto('/intern');
	expect(response?.headers().link ?? '').toContain('modulepreload');
});
