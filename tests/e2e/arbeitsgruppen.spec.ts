import { axeViolations } from './axe';
import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { DEMO_ACCOUNTS, signIn } from './login';
import { readMailbox, waitForMail } from './mailbox';

const SAFETY = '/arbeitsgruppen/ag-sicherheit-im-oeffentlichen-raum';
const YOUTH = '/arbeitsgruppen/ag-kinder-und-jugendschutz';

// accessibility.spec.ts checks /arbeitsgruppen and the youth group in every language.
for (const path of [SAFETY, `/en${SAFETY}`]) {
	test(`axe-core finds no violations on ${path}`, async ({ page }) => {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});
}

test('citizens see each group with its topics and member organizations, linked to their profiles', async ({ page }) => {
	await page.goto('/arbeitsgruppen');
	const group = page
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { name: 'AG Sicherheit im öffentlichen Raum' }) });
	await expect(group.getByText('Offen für alle Partnerorganisationen')).toBeVisible();
	await expect(group.getByText('Einbruchschutz')).toBeVisible();
	await group.getByRole('link', { name: 'Polizeirevier Zittau' }).click();
	await expect(page).toHaveURL(/\/netzwerk\/polizeirevier-zittau$/);

	await page.goto(`/en${SAFETY}`);
	await expect(page.getByRole('heading', { level: 2, name: 'Led by' })).toBeVisible();
	await expect(page.getByText('Please log in to join or to request membership.')).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'de');
});

test('an anonymous visitor is sent to the login page from the internal area', async ({ page }) => {
	await page.goto(`${YOUTH}/intern`);
	await expect(page).toHaveURL(/\/anmelden\?weiter=/);
});

test('the school asks to join, the lead accepts, a new meeting reaches the school by mail and in its calendar feed', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const school = await (await browser.newContext()).newPage();
	const lead = await (await browser.newContext()).newPage();
	await signIn(school, DEMO_ACCOUNTS.schoolEditor);
	await signIn(lead, DEMO_ACCOUNTS.associationAdmin);

	expect((await school.goto(`${YOUTH}/intern`))?.status()).toBe(403);
	await school.goto(YOUTH, { waitUntil: 'networkidle' });
	// One organization: the form names it instead of asking.
	await expect(school.getByLabel('Für welche Organisation?')).toHaveCount(0);
	await expect(school.getByText('Organisation: Oberschule am Töpferberg')).toBeVisible();
	await school
		.getByLabel('Nachricht an die Gruppenleitung (freiwillig)')
		.fill('Unsere Schulsozialarbeit möchte mitarbeiten.');
	await school.getByRole('button', { name: 'Aufnahme beantragen' }).click();
	await expect(school.getByText('Ihre Anfrage wurde gesendet.')).toBeVisible();
	await expect(school.getByText('Für Oberschule am Töpferberg liegt eine Anfrage zur Aufnahme vor.')).toBeVisible();
	expect((await school.goto(`${YOUTH}/intern`))?.status()).toBe(403);

	await lead.goto(`${YOUTH}/intern`);
	const request = lead.getByRole('article', { name: 'Oberschule am Töpferberg' });
	await expect(request.getByText('Unsere Schulsozialarbeit möchte mitarbeiten.')).toBeVisible();
	await request.getByRole('button', { name: 'Oberschule am Töpferberg aufnehmen' }).click();
	await expect(lead.getByText('Die Organisation ist jetzt Mitglied der Arbeitsgruppe.')).toBeVisible();

	expect((await school.goto(`${YOUTH}/intern`))?.status()).toBe(200);
	await expect(school.getByRole('heading', { level: 1, name: 'AG Kinder- und Jugendschutz' })).toBeVisible();
	await expect(
		school.getByRole('row', { name: /Volker Verein.*Verkehrswacht Zittau.*verein@example\.org/ })
	).toBeVisible();
	expect(await axeViolations(school)).toEqual([]);
	await school.getByRole('button', { name: 'Kalenderadresse erzeugen' }).click();
	const feedUrl = (await school.locator('code.feed-url').first().textContent())!.trim();
	expect(feedUrl).toMatch(/\/kalender\/[a-z2-7]{32}\.ics$/);
	// The role name reads "Im Kalender abonnieren : …": the visually hidden part is a box of its own.
	await expect(
		school.getByRole('link', { name: /^Im Kalender abonnieren\s*: Alle Ihre Arbeitsgruppen$/ })
	).toHaveAttribute('href', feedUrl.replace(/^https?:/, 'webcal:'));
	await expect(school.getByRole('button', { name: /^Adresse kopieren\s*: Alle Ihre Arbeitsgruppen$/ })).toBeVisible();

	const seen = await readMailbox();
	// Typing before hydration has finished would be reset by it; a person is never that fast.
	await lead.goto(`${YOUTH}/intern/termine/neu`, { waitUntil: 'networkidle' });
	await lead.getByLabel('Titel').fill('Elternabend Medienkompetenz vorbereiten');
	await lead.getByLabel('Datum').fill('2027-01-20');
	await lead.getByLabel('Beginn').fill('16:00');
	await lead.getByLabel('Ende').fill('17:30');
	await lead.getByLabel('Ort', { exact: true }).fill('Verkehrswacht Zittau, Seminarraum');
	await lead.getByLabel('Tagesordnung').fill('1. Ablauf\n2. Materialien');
	await lead.getByRole('button', { name: 'Termin anlegen und Mitglieder benachrichtigen' }).click();
	await expect(
		lead.getByRole('heading', { level: 1, name: 'Elternabend Medienkompetenz vorbereiten' })
	).toBeVisible();
	await expect(lead.getByText('Mittwoch, 20. Januar 2027, 16:00–17:30 Uhr')).toBeVisible();

	const mail = await waitForMail({
		to: DEMO_ACCOUNTS.schoolEditor.email,
		subject: 'Neuer Termin der AG Kinder- und Jugendschutz',
		seen
	});
	expect(mail.text).toContain('Elternabend Medienkompetenz vorbereiten');

	const response = await school.request.get(feedUrl);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
	const events = new ICAL.Component(ICAL.parse(await response.text()))
		.getAllSubcomponents('vevent')
		.map((v) => new ICAL.Event(v));
	const created = events.find(
		(e) => e.summary === 'AG Kinder- und Jugendschutz: Elternabend Medienkompetenz vorbereiten'
	);
	expect(created?.location).toBe('Verkehrswacht Zittau, Seminarraum');
	expect(created?.startDate.toJSDate().toISOString()).toBe('2027-01-20T15:00:00.000Z');
	expect(events.some((e) => e.summary.startsWith('AG Häusliche Gewalt'))).toBe(false);

	await school.goto(`${YOUTH}/intern`);
	await school.getByRole('button', { name: 'Kalenderadresse widerrufen' }).click();
	await expect(school.getByText('Die bisherige Adresse liefert keine Termine mehr.')).toBeVisible();
	expect((await school.request.get(feedUrl)).status()).toBe(404);
	await school.context().close();
	await lead.context().close();
});

// That people outside the group get 403 for it is a line of the authorization matrix.
test('a member downloads the minutes attachment as a file', async ({ browser }) => {
	const member = await (await browser.newContext()).newPage();
	await signIn(member, DEMO_ACCOUNTS.policeAdmin);
	await member.goto(`${SAFETY}/intern`);
	await member.getByRole('link', { name: 'Auswertung der Sicherheitsbegehung Bahnhofsvorplatz' }).click();
	const href = await member.getByRole('link', { name: 'Protokoll-Begehung-Bahnhof.pdf' }).getAttribute('href');
	const download = await member.request.get(href!);
	expect(download.headers()['content-disposition']).toMatch(
		/^attachment; filename="Protokoll-Begehung-Bahnhof\.pdf"/
	);
	expect((await download.body()).subarray(0, 5).toString()).toBe('%PDF-');
	await member.context().close();
});

test('the coordinator creates a group with a lead from a partner, finds it public, and archives it after confirming', async ({
	page
}) => {
	test.setTimeout(90_000);
	await signIn(page, DEMO_ACCOUNTS.coordinator);
	await page.goto('/koordination/arbeitsgruppen');
	expect(await axeViolations(page)).toEqual([]);
	await page.getByRole('link', { name: 'Arbeitsgruppe anlegen' }).click();
	await page.waitForLoadState('networkidle');
	expect(await axeViolations(page)).toEqual([]);

	await page.getByLabel('Name', { exact: true }).fill('AG Medienkompetenz');
	await page
		.getByLabel('Beschreibung (öffentlich)')
		.fill('Wir bündeln Angebote zur **Medienkompetenz** für Schulen und Eltern.');
	await page.getByLabel('Medienprävention').check();
	await page
		.getByLabel('Leitung', { exact: true })
		.selectOption({ label: 'Sandra Schulz (Oberschule am Töpferberg)' });
	await page.getByLabel('Offen: Partner treten direkt bei').check();
	await page.getByRole('button', { name: 'Arbeitsgruppe anlegen' }).click();
	await expect(
		page.getByText('Die Arbeitsgruppe ist angelegt; die Organisation der Leitung ist Mitglied.')
	).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);

	const visitor = await page.context().browser()!.newPage();
	await visitor.goto('/arbeitsgruppen/ag-medienkompetenz');
	await expect(visitor.locator('strong', { hasText: 'Medienkompetenz' })).toBeVisible();
	await expect(visitor.getByRole('link', { name: 'Oberschule am Töpferberg' }).first()).toBeVisible();

	await page.getByRole('link', { name: 'Arbeitsgruppe archivieren …' }).click();
	expect(await axeViolations(page)).toEqual([]);
	await page.getByRole('button', { name: 'Archivieren' }).click();
	await expect(page.getByText('Bitte bestätigen Sie das Archivieren mit dem Häkchen.')).toBeVisible();
	await page.getByLabel('Ja, AG Medienkompetenz archivieren').check();
	await page.getByRole('button', { name: 'Archivieren' }).click();
	await expect(page.getByText('Die Arbeitsgruppe ist archiviert')).toBeVisible();
	expect((await visitor.goto('/arbeitsgruppen/ag-medienkompetenz'))?.status()).toBe(404);
	await visitor.close();
});
