import type { Page } from '@playwright/test';

/**
 * A slow phone: opens `path` with the page's scripts held back, so a test can type into the server-rendered form
 * before hydration. The returned `hydrate` lets the scripts through and waits until the page has settled.
 */
export async function openBeforeHydration(page: Page, path: string): Promise<{ hydrate: () => Promise<void> }> {
	let release = () => {};
	const typed = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await typed;
		await route.continue();
	});
	await page.goto(path, { waitUntil: 'commit' });
	return {
		hydrate: async () => {
			release();
			await page.waitForLoadState('networkidle');
		}
	};
}
