import { test, expect, type APIRequestContext } from '@playwright/test';
import { parse, type HTMLElement } from 'node-html-parser';
import { axeViolations } from './axe';
import { collectProblems } from './concurrently';
import { E2E_ORIGIN } from './environment';
import { skipBrowserValidation } from './forms';
import { DEMO_ACCOUNTS, login } from './login';
import { LOCALES, PUBLIC_PAGES, at, type Locale } from './public-pages';

// Chrome and page texts of the German pages; none of them may be left on a translated page.
const GERMAN_CHROME = [
	'Zum Inhalt springen',
	'Startseite',
	'Hauptnavigation',
	'Anmelden',
	'Kontakt zum Präventionsrat',
	'Über dieses Angebot',
	'Partner werden',
	'Im Notfall',
	'Netzwerkpartner',
	'Suchen',
	'Sprache wählen',
	'Öffnungszeiten',
	'Sprechzeiten',
	'Barrierefrei',
	'Passwort',
	'E-Mail-Adresse',
	' Uhr'
];

/** Visible text, accessible names and the title, without what is marked as German (partner entries). */
function chromeText(document: HTMLElement): string {
	const body = document.querySelector('body')!;
	body.querySelectorAll('[lang="de"], script').forEach((element) => element.remove());
	const labels = body
		.querySelectorAll('[aria-label], [alt], [title]')
		.map((element) => ['aria-label', 'alt', 'title'].map((name) => element.getAttribute(name) ?? '').join(' '));
	return [document.querySelector('title')?.text ?? '', body.text, ...labels].join(' ');
}

/**
 * What is wrong with a public page in a language, read from its HTML as the server sends it: the
 * status, `lang`, the hreflang alternates, the language switch (each language links to the same page
 * in that language and marks the current one) and, on a translation, German chrome left over.
 */
async function problemsOf(request: APIRequestContext, locale: Locale, path: string): Promise<string[]> {
	const address = at(locale, path);
	const response = await request.get(address, { maxRedirects: 0 });
	if (response.status() !== 200) return [`${address}: status ${response.status()}`];
	const document = parse(await response.text());
	const problems: string[] = [];
	const lang = document.querySelector('html')?.getAttribute('lang');
	if (lang !== locale) problems.push(`lang="${lang}"`);
	for (const [hreflang, expected] of [...LOCALES.map((other) => [other, at(other, path)]), ['x-default', path]]) {
		const href = document.querySelector(`head link[rel="alternate"][hreflang="${hreflang}"]`)?.getAttribute('href');
		if (href !== `${E2E_ORIGIN}${expected}`) problems.push(`hreflang ${hreflang} → ${href}`);
	}
	for (const other of LOCALES) {
		const link = document.querySelector(`header a[hreflang="${other}"]`);
		const href = link && new URL(link.getAttribute('href') ?? '', E2E_ORIGIN).href;
		if (href !== new URL(at(other, path), E2E_ORIGIN).href) problems.push(`switch to ${other} → ${href}`);
		if (link?.getAttribute('lang') !== other) problems.push(`switch to ${other} without lang="${other}"`);
		const current = link?.getAttribute('aria-current') === 'true';
		if (current !== (other === locale))
			problems.push(`switch to ${other} ${current ? 'marked' : 'not marked'} as current`);
	}
	if (locale !== 'de') {
		const text = chromeText(document);
		for (const german of GERMAN_CHROME) if (text.includes(german)) problems.push(`German "${german}" left`);
	}
	return problems.map((problem) => `${address}: ${problem}`);
}

for (const locale of LOCALES) {
	test(`every public page in ${locale} has lang, hreflang alternates and a language switch${locale === 'de' ? '' : ', and no German chrome'}`, async ({
		request
	}) => {
		test.setTimeout(60_000);
		const problems = await collectProblems(PUBLIC_PAGES, (path) => problemsOf(request, locale, path));
		expect(problems, `problems on the ${PUBLIC_PAGES.length} public pages in ${locale}`).toEqual([]);
	});
}

test('the language switch is a labelled navigation reachable by keyboard', async ({ page }) => {
	await page.goto('/pl');
	const nav = page.getByRole('navigation', { name: 'Wybierz język' });
	await expect(nav.getByRole('link')).toHaveText(['Deutsch', 'English', 'Polski', 'Čeština']);
	await page.keyboard.press('Tab'); // skip link
	await page.keyboard.press('Tab'); // the login link beside the language switch
	await page.keyboard.press('Tab');
	await expect(nav.getByRole('link', { name: 'Deutsch' })).toBeFocused();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(`${E2E_ORIGIN}/en`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who can I talk to?');
});

test('an unknown page answers 404 in the language of its address', async ({ page }) => {
	for (const [locale, heading] of [
		['en', 'Page not found'],
		['pl', 'Nie znaleziono strony'],
		['cs', 'Stránka nenalezena']
	] as const) {
		const response = await page.goto(`/${locale}/seite-gibt-es-nicht`);
		expect(response?.status()).toBe(404);
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
	}
});

for (const javaScriptEnabled of [true, false]) {
	test(`a search in /en/netzwerk keeps /en in results, filters and pages ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async ({
		browser
	}) => {
		const context = await browser.newContext({ javaScriptEnabled });
		const page = await context.newPage();
		await page.goto('/en/netzwerk');
		await page.getByRole('searchbox', { name: 'Search term' }).fill('Polizei');
		await page.getByRole('button', { name: 'Search', exact: true }).click();
		await expect(page).toHaveURL(/\/en\/netzwerk\?q=Polizei/);
		await expect(page.getByRole('heading', { name: /partners? found/ })).toBeVisible();
		const links = page.getByRole('main').locator('ol a[href*="/netzwerk/"]');
		await expect(links.first()).toBeVisible();
		for (const href of await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))) {
			// A result link carries the search-gap marker of the search it came from (see README, Suchlücken).
			expect(href).toMatch(/^\/en\/netzwerk\/[a-z0-9-]+\?suche=Polizei&von=netzwerk$/);
		}

		await page
			.getByRole('group', { name: 'Category' })
			.getByRole('checkbox', { name: /^Police/ })
			.check();
		if (!javaScriptEnabled) await page.getByRole('button', { name: 'Search', exact: true }).click();
		await expect(page).toHaveURL(/\/en\/netzwerk\?.*kategorie=polizei/);
		await expect(page.getByRole('link', { name: /Police – remove filter/ })).toHaveAttribute(
			'href',
			/^\/en\/netzwerk/
		);

		await page.goto('/en/netzwerk');
		const pagination = page.getByRole('navigation', { name: 'Pages' });
		await expect(pagination.getByRole('link', { name: 'Page 2' })).toHaveAttribute('href', '/en/netzwerk?seite=2');
		await pagination.getByRole('link', { name: 'Next page' }).click();
		await expect(page).toHaveURL(`${E2E_ORIGIN}/en/netzwerk?seite=2`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await context.close();
	});
}

test('the instant search asks /api/suche and keeps the Czech prefix in the address', async ({ page }) => {
	await page.goto('/cs/netzwerk');
	const asks = page.waitForRequest(/\/api\/suche\?.*q=Enkel/);
	await page.getByRole('searchbox', { name: 'Hledaný výraz' }).pressSequentially('Enkeltrick', { delay: 30 });
	await asks;
	await expect(page).toHaveURL(/\/cs\/netzwerk\?q=Enkeltrick/);
	await expect(page.getByRole('status')).toContainText(/Nalezen/);
});

test('a translated partner entry shows its English text marked as English; vocabulary and dates are English', async ({
	page
}) => {
	await page.goto('/en/netzwerk/polizeirevier-zittau');
	await expect(page.getByRole('heading', { level: 1, name: 'Zittau Police Station' })).toHaveAttribute('lang', 'en');
	await expect(page.getByText(/^Zittau Police Station of the Görlitz Police Directorate/)).toHaveAttribute(
		'lang',
		'en'
	);
	await expect(page.getByText(/^Reports taken around the clock/)).toHaveAttribute('lang', 'en');
	await expect(page.locator('.kern-preline')).toHaveText('Police');
	await expect(page.getByRole('link', { name: 'Burglary protection' })).toHaveAttribute(
		'href',
		'/en/netzwerk?thema=einbruchschutz'
	);
	await expect(page.getByRole('heading', { name: 'Opening hours', exact: true })).toBeVisible();
	await expect(page.getByText('Open now')).toBeVisible();
	await expect(page.getByText(/Information last checked on \d{1,2} [A-Z][a-z]+ \d{4}\./)).toBeVisible();
	await expect(page.getByRole('link', { name: 'Save contact (vCard)' })).toHaveAttribute(
		'href',
		'/en/netzwerk/polizeirevier-zittau/vcard'
	);

	const vcard = await (await page.request.get('/en/netzwerk/polizeirevier-zittau/vcard')).text();
	expect(vcard).toContain('CATEGORIES:Police');
	expect(vcard.replace(/\r\n /g, '')).toContain(
		`Entry in the Zittau prevention network: ${E2E_ORIGIN}/en/netzwerk/polizeirevier-zittau`
	);

	// Without a translation of its own an entry stays German and says so.
	await page.goto('/en/netzwerk/verkehrswacht-zittau');
	await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'de');

	await page.goto('/netzwerk/polizeirevier-zittau');
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveAttribute('lang', /.+/);
	await expect(page.locator('.kern-preline')).toHaveText('Polizei');
});

test('taxonomy terms are translated by code on the Polish start page and in the filters', async ({ page }) => {
	await page.goto('/pl');
	await expect(page.getByRole('link', { name: /^Policja \d+ partner/ })).toHaveAttribute(
		'href',
		'/pl/netzwerk?kategorie=polizei'
	);
	await page.goto('/pl/netzwerk');
	await expect(
		page.getByRole('group', { name: 'Kategoria' }).getByRole('checkbox', { name: /^Policja/ })
	).toBeAttached();
});

test('form errors of the public forms come in the language of the page', async ({ page }) => {
	await page.goto('/en/anmelden');
	await page.getByRole('button', { name: 'Sign in', exact: true }).click();
	await expect(page.getByText('Please enter your email address.')).toBeVisible();
	await expect(page.getByText('Please enter your password.')).toBeVisible();

	await page.goto('/pl/anmelden');
	await page.getByLabel('Adres e-mail').fill('gibt-es-nicht@example.org');
	await page.getByLabel('Hasło', { exact: true }).fill('Ein-falsches-Passwort-123');
	await page.getByRole('button', { name: 'Zaloguj się', exact: true }).click();
	await expect(page.getByRole('alert')).toContainText('Adres e-mail lub hasło są nieprawidłowe.');

	await page.goto('/cs/partner-werden');
	await skipBrowserValidation(page);
	await page.getByLabel('E-mailová adresa').fill('keine-adresse');
	await page.getByRole('button', { name: 'Odeslat žádost' }).click();
	await expect(page.getByText('Zkontrolujte prosím své údaje')).toBeVisible();
	await expect(
		page.getByText('Zadejte prosím platnou e-mailovou adresu, například jmeno@example.org.')
	).toBeVisible();
	await expect(page.getByLabel('E-mailová adresa')).toHaveValue('keine-adresse');
	await expect(page).toHaveURL(/\/cs\/partner-werden/);
});

test('a partner signed in on an English page goes to the German-only area and signs out back into English', async ({
	page
}) => {
	await login(page, DEMO_ACCOUNTS.schoolEditor);
	await page.goto('/en');
	const header = page.getByRole('banner');
	await header.getByRole('link', { name: 'My area' }).click();
	await expect(page).toHaveURL(`${E2E_ORIGIN}/intern`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	await expect(header.getByRole('link', { name: 'Startseite' })).toBeVisible();

	const response = await page.goto('/en/konto');
	expect(response?.url()).toBe(`${E2E_ORIGIN}/konto`);

	await page.goto('/en/netzwerk');
	await header.getByRole('button', { name: 'Sign out' }).click();
	await expect(page).toHaveURL(`${E2E_ORIGIN}/en/anmelden?abgemeldet`);
	await expect(page.getByRole('status')).toContainText('You have been signed out.');
});

test('the second sign-in step follows the language of the first', async ({ page }) => {
	await page.goto('/cs/anmelden');
	await page.getByLabel('E-mailová adresa').fill(DEMO_ACCOUNTS.coordinator.email);
	await page.getByLabel('Heslo', { exact: true }).fill(DEMO_ACCOUNTS.coordinator.password);
	await page.getByRole('button', { name: 'Přihlásit se', exact: true }).click();
	await expect(page).toHaveURL(`${E2E_ORIGIN}/cs/anmelden/zwei-faktor`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Potvrdit přihlášení');
	expect(await axeViolations(page)).toEqual([]);
	await page.getByRole('button', { name: 'Zrušit a odhlásit se' }).click();
	await expect(page).toHaveURL(`${E2E_ORIGIN}/cs/anmelden?abgemeldet`);
});
