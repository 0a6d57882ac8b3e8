import { test, expect, type Page } from '@playwright/test';

// The home page ships no client JavaScript (csr = false), so its CSP allows no inline script at all;
// the directory's allows SvelteKit's bootstrap script by its nonce.
for (const [path, scriptSrc] of [
	['/', /script-src 'self';/],
	['/netzwerk', /script-src 'self' 'nonce-[^']+'/]
] as const) {
	test(`${path} is sent with nosniff, a strict referrer policy, no device permissions and a CSP`, async ({
		request
	}) => {
		const headers = (await request.get(path)).headers();
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
		expect(headers['permissions-policy']).toBe('camera=(), microphone=(), geolocation=()');

		const csp = headers['content-security-policy'];
		expect(csp).toContain("frame-ancestors 'none'");
		expect(csp).toContain("object-src 'none'");
		expect(csp).toMatch(scriptSrc);
		expect(csp).not.toContain('unsafe-inline');
		// The test server runs on plain http, which is not production: no HSTS.
		expect(headers['strict-transport-security']).toBeUndefined();
	});
}

test('public pages and instant search run without a single CSP violation or console error', async ({ page }) => {
	const problems = await watchForProblems(page);

	for (const path of ['/', '/netzwerk', '/netzwerk?q=Polizei']) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	}

	await page.goto('/netzwerk');
	await page
		.getByRole('searchbox', { name: /Suchbegriff|Wen kann ich ansprechen|Suche/ })
		.pressSequentially('Enkeltrick', { delay: 30 });
	await expect(page).toHaveURL(/q=Enkeltrick/);
	await expect(page.locator('mark').first()).toBeVisible();

	await page.getByRole('main').locator('a[href^="/netzwerk/"]').first().click();
	await expect(page).toHaveURL(/\/netzwerk\/[a-z0-9-]+\?suche=Enkeltrick&von=netzwerk$/);
	await page.reload();
	await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(1);

	expect(problems).toEqual([]);
});

test('a form post from another origin is refused by SvelteKit', async ({ request }) => {
	const post = (origin: string) =>
		request.post('/', {
			headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
			data: 'q=Polizei',
			maxRedirects: 0
		});
	const foreign = await post('http://evil.example');
	expect(foreign.status()).toBe(403);
	expect(await foreign.text()).toMatch(/Cross-site POST form submissions are forbidden/);

	const own = await post(new URL(test.info().project.use.baseURL!).origin);
	expect(own.status()).not.toBe(403);
});

/** CSP violations, console errors (among them the "Refused to …" of a CSP block) and uncaught exceptions. */
async function watchForProblems(page: Page): Promise<string[]> {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
	await page.exposeFunction('reportCspViolation', (violation: string) => problems.push(`csp: ${violation}`));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const report = (window as unknown as { reportCspViolation: (violation: string) => void })
				.reportCspViolation;
			report(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`);
		});
	});
	return problems;
}
