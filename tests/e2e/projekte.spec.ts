import { axeViolations } from './axe';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, signedInPage } from './login';
import { openBeforeHydration } from '../helpers/before-hydration';

const PUBLIC_PROPOSAL = '/projekte/medienwoche-zittau-sued';
const INTERNAL_PROPOSAL = '/projekte/sicherheitsbegehung-weinaupark';
const INTERNAL_TITLE = 'Sicherheitsbegehung im Weinaupark mit Anwohnerinnen und Anwohnern';

/** The sync loop indexes the demo proposals shortly after start; wait until a search finds them. */
async function searchUntilFound(page: Page, path: string, title: string): Promise<void> {
	await expect(async () => {
		await page.goto(path);
		await expect(page.getByRole('link', { name: title })).toBeVisible({ timeout: 1_000 });
	}).toPass({ timeout: 20_000 });
}

test('a school posts a proposal, the police offers to join, the school accepts, and the team shows the police', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const school = await signedInPage(browser, DEMO_ACCOUNTS.schoolEditor);
	await school.goto('/projekte/neu');
	await school.getByLabel('Titel').fill('Fahrradwerkstatt für Jugendliche in Pethau');
	await school
		.getByLabel('Kurzbeschreibung')
		.fill('Jugendliche reparieren Fahrräder und lernen dabei die Verkehrsregeln kennen.');
	await school.getByLabel('Gesucht').fill('Die Polizei für eine Fahrradprüfung und eine Werkstatt mit Werkzeug.');
	await school.getByRole('group', { name: 'Themen' }).getByLabel('Verkehrssicherheit').check();
	await school.getByLabel(/Öffentlich/).check();
	await school.getByRole('button', { name: 'Für Partner öffnen' }).click();
	await expect(
		school.getByRole('heading', { level: 1, name: 'Fahrradwerkstatt für Jugendliche in Pethau' })
	).toBeVisible();
	await expect(school.getByText('Der Vorschlag ist gespeichert.')).toBeVisible();
	const proposalUrl = new URL(school.url()).pathname;

	const police = await signedInPage(browser, DEMO_ACCOUNTS.policeAdmin);
	await police.goto(proposalUrl);
	await police
		.getByLabel('Ihre Nachricht an die Organisation')
		.fill('Unser Präventionsteam übernimmt gern die Fahrradprüfung.');
	await police.getByRole('button', { name: 'Wir machen mit' }).click();
	await expect(police.getByText('Ihr Angebot ist bei der Organisation eingegangen.')).toBeVisible();

	await school.goto(proposalUrl);
	const offers = school.getByRole('region', { name: /Angebote zur Mitarbeit/ });
	await expect(offers.getByText('Unser Präventionsteam übernimmt gern die Fahrradprüfung.')).toBeVisible();
	await offers.getByRole('button', { name: 'Annehmen: Angebot von Polizeirevier Zittau' }).click();
	await expect(school.getByText('Das Angebot ist angenommen')).toBeVisible();

	const anonymous = await browser.newPage();
	await anonymous.goto(proposalUrl);
	await expect(
		anonymous.getByRole('region', { name: 'Projektteam' }).getByText('Polizeirevier Zittau', { exact: true })
	).toBeVisible();
	await anonymous.close();
});

test('Markdown with script, event handler and javascript: link payloads renders harmless', async ({ browser }) => {
	const school = await signedInPage(browser, DEMO_ACCOUNTS.schoolEditor);
	let dialogs = 0;
	school.on('dialog', (dialog) => {
		dialogs += 1;
		void dialog.dismiss();
	});
	await school.goto('/projekte/neu');
	await school.getByLabel('Titel').fill('Sicherheitstest Beschreibung');
	await school.getByLabel('Kurzbeschreibung').fill('Prüft, dass eingegebenes HTML nichts ausführt.');
	await school.getByLabel('Gesucht').fill('Niemanden, nur ein Test.');
	await school.getByRole('group', { name: 'Themen' }).getByLabel('Mobbing').check();
	await school
		.getByLabel('Beschreibung', { exact: true })
		.fill(
			'Vorher\n\n<script>alert("script")</script>\n\n<img src="x" onerror="alert(\'img\')">\n\n[Klick mich](javascript:alert(\'link\'))\n\n<a href="javascript:alert(1)" onclick="alert(2)">roh</a>\n\nNachher'
		);
	await school.getByRole('button', { name: 'Als Entwurf speichern' }).click();
	await expect(school.getByRole('heading', { level: 1, name: 'Sicherheitstest Beschreibung' })).toBeVisible();

	const description = school.getByRole('region', { name: 'Beschreibung' });
	await expect(description.getByText('Nachher')).toBeVisible();
	expect(await school.locator('main script').count()).toBe(0);
	expect(await school.locator('main [onerror], main [onclick]').count()).toBe(0);
	expect(await school.locator('main a[href^="javascript:" i]').count()).toBe(0);
	expect(await description.locator('img').count()).toBe(0);
	await description.getByText('Klick mich').click();
	expect(dialogs).toBe(0);
});

test('an internal proposal never appears for an anonymous visitor: not listed, not found, 404 at its address', async ({
	page,
	browser
}) => {
	await searchUntilFound(page, '/projekte', 'Medienkompetenz-Woche für die Klassen 5–7 in Zittau-Süd');
	await expect(page.getByText(INTERNAL_TITLE)).toHaveCount(0);
	await page.goto('/projekte?q=Weinaupark');
	await expect(page.getByText('Es wurden keine Projekte gefunden.')).toBeVisible();
	const response = await page.goto(INTERNAL_PROPOSAL);
	expect(response?.status()).toBe(404);
	await expect(page.getByText(INTERNAL_TITLE)).toHaveCount(0);

	const partner = await signedInPage(browser, DEMO_ACCOUNTS.associationAdmin);
	await searchUntilFound(partner, '/projekte?q=Weinaupark', INTERNAL_TITLE);
	await expect(
		partner.getByRole('article').filter({ hasText: INTERNAL_TITLE }).getByText('nur für Partner')
	).toBeVisible();
});

test('an anonymous visitor who wants to post a proposal is asked to log in first', async ({ page }) => {
	await page.goto('/projekte/neu');
	await expect(page).toHaveURL(/\/anmelden\?weiter=%2Fprojekte%2Fneu$/);
});

test('a partner of another organization gets 403 on the edit page and no edit link', async ({ browser }) => {
	const police = await signedInPage(browser, DEMO_ACCOUNTS.policeAdmin);
	await police.goto(PUBLIC_PROPOSAL);
	await expect(police.getByRole('link', { name: 'Vorschlag bearbeiten' })).toHaveCount(0);
	const response = await police.goto(`${PUBLIC_PROPOSAL}/bearbeiten`);
	expect(response?.status()).toBe(403);
});

test('withdrawing asks for confirmation first', async ({ browser }) => {
	const school = await signedInPage(browser, DEMO_ACCOUNTS.schoolEditor);
	await school.goto('/projekte/neu');
	await school.getByLabel('Titel').fill('Vorschlag zum Zurückziehen');
	await school.getByLabel('Kurzbeschreibung').fill('Wird in diesem Test wieder zurückgezogen.');
	await school.getByLabel('Gesucht').fill('Niemanden, nur ein Test.');
	await school.getByRole('group', { name: 'Themen' }).getByLabel('Mobbing').check();
	await school.getByRole('button', { name: 'Für Partner öffnen' }).click();
	await school.getByRole('button', { name: 'Vorschlag zurückziehen' }).click();
	await expect(school.getByText('Bitte bestätigen Sie mit dem Häkchen')).toBeVisible();
	await school.getByLabel('Ja, diesen Vorschlag zurückziehen').check();
	await school.getByRole('button', { name: 'Vorschlag zurückziehen' }).click();
	await expect(school.getByText('Der Stand des Vorschlags ist geändert.')).toBeVisible();
	await expect(school.getByText('Zurückgezogen', { exact: true })).toBeVisible();
});

test('what a visitor types into the search before the scripts have run stays, and is searched for', async ({
	page
}) => {
	const { hydrate } = await openBeforeHydration(page, '/projekte');
	const form = page.getByRole('search', { name: 'Projekte durchsuchen' });
	const search = form.getByRole('searchbox', { name: 'Suchbegriff' });
	await search.fill('Medienwoche');
	await hydrate();
	await expect(search).toHaveValue('Medienwoche');
	await form.getByRole('button', { name: 'Suchen' }).click();
	await expect(page).toHaveURL(/[?&]q=Medienwoche/);
	await expect(search).toHaveValue('Medienwoche');
});

test('the English list speaks English and marks the German proposal texts as German', async ({ page }) => {
	await page.goto('/en/projekte');
	await expect(page.getByRole('heading', { level: 1, name: 'Projects in the partner network' })).toBeVisible();
	await expect(
		page.getByRole('link', { name: 'Medienkompetenz-Woche für die Klassen 5–7 in Zittau-Süd' })
	).toHaveAttribute('lang', 'de');
});

test("axe-core finds no violations on the author's view with offers, comments and the status form, nor on the edit form", async ({
	browser
}) => {
	const school = await signedInPage(browser, DEMO_ACCOUNTS.schoolEditor);
	for (const path of [PUBLIC_PROPOSAL, `${PUBLIC_PROPOSAL}/bearbeiten`, '/projekte/neu', '/intern']) {
		await school.goto(path);
		expect(await axeViolations(school), path).toEqual([]);
	}
	await school.goto(PUBLIC_PROPOSAL);
	await expect(
		school.getByRole('region', { name: /Angebote zur Mitarbeit/ }).getByText('Medienwerkstatt Zittau')
	).toBeVisible();
	await expect(
		school.getByRole('region', { name: 'Fragen und Antworten' }).getByText('Steht die Woche im März schon fest?')
	).toBeVisible();
	await school.goto('/intern');
	const mine = school.getByRole('region', { name: 'Meine Projekte' });
	await expect(
		mine
			.getByRole('listitem')
			.filter({ hasText: 'offen für Partner, öffentlich' })
			.getByRole('link', { name: 'Medienkompetenz-Woche für die Klassen 5–7 in Zittau-Süd' })
	).toBeVisible();
	await expect(mine.getByText('Medienwerkstatt Zittau e.V. möchte mitmachen')).toBeVisible();
});
