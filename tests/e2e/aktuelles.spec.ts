import { axeViolations } from './axe';
import { parseFeed } from '@rowanmanning/feed-parser';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { E2E_ORIGIN } from './environment';
import { DEMO_ACCOUNTS, signIn, signedInPage } from './login';
import { readMailbox, waitForMail, linkIn } from './mailbox';

const INFO_EVENING = 'Info-Abend: Enkeltrick und Schockanruf – so schützen Sie sich';
const berlin = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'short', timeStyle: 'short' });

/** The events of an iCalendar text, read by ical.js as a calendar client would. */
function calendarEvents(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

/** The date "TT.MM.JJ" `days` after today in Zittau, counted in calendar days like the demo data. */
function berlinDay(days: number): string {
	const [day, month, year] = berlin.format(new Date()).slice(0, 8).split('.').map(Number);
	const date = new Date(Date.UTC(2000 + year, month - 1, day + days));
	return new Intl.DateTimeFormat('de-DE', { timeZone: 'UTC', dateStyle: 'short' }).format(date);
}

async function get(request: APIRequestContext, path: string) {
	const response = await request.get(path);
	expect(response.status(), path).toBe(200);
	return response;
}

test.describe('citizens reading Aktuelles', () => {
	test('filter the list by kind and time, with an empty state', async ({ page }) => {
		await page.goto('/aktuelles');
		await expect(page.getByRole('heading', { level: 1, name: 'Aktuelles' })).toBeVisible();
		await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
			'href',
			'/aktuelles/feed.xml'
		);
		await expect(page.getByRole('link', { name: /Veranstaltungskalender \(iCalendar\)/ })).toHaveAttribute(
			'href',
			'/aktuelles/veranstaltungen.ics'
		);
		await expect(page.getByRole('link', { name: 'Im Kalender abonnieren (webcal)' })).toHaveAttribute(
			'href',
			/^webcal:\/\/[^/]+\/aktuelles\/veranstaltungen\.ics$/
		);

		await page.getByRole('group', { name: 'Art' }).getByLabel('Veranstaltung').check();
		await page
			.getByRole('group', { name: /Zeitraum/ })
			.getByLabel('Kommende')
			.check();
		await page.getByRole('button', { name: 'Anzeigen' }).click();
		await expect(page).toHaveURL(/\/aktuelles\?art=veranstaltung&zeit=kommend$/);
		const list = page.getByRole('region', { name: 'Beiträge' });
		await expect(list.getByRole('link', { name: INFO_EVENING })).toBeVisible();
		await expect(list.getByRole('link', { name: 'Präventionstag auf dem Markt' })).toBeVisible();
		await expect(list.getByRole('link', { name: 'Präventionsrat warnt vor Schockanrufen' })).toHaveCount(0);
		await expect(list.getByRole('link', { name: /Sicherheitsanalyse: öffentliche Vorstellung/ })).toHaveCount(0);
		await expect(list.getByText('Abgesagt')).toBeVisible();

		await page.goto('/aktuelles?art=veranstaltung&zeit=vergangen');
		await expect(list.getByRole('link', { name: /Sicherheitsanalyse: öffentliche Vorstellung/ })).toBeVisible();
		await expect(list.getByRole('link', { name: INFO_EVENING })).toHaveCount(0);

		await page.goto('/aktuelles?art=pressemitteilung');
		await expect(list.getByRole('link', { name: 'Präventionsrat warnt vor Schockanrufen' })).toBeVisible();
		await expect(list.getByRole('link', { name: INFO_EVENING })).toHaveCount(0);

		await page.goto('/aktuelles?art=pressemitteilung&seite=9');
		await expect(page.getByText('Zu dieser Auswahl gibt es derzeit keine Beiträge.')).toBeVisible();
		await page.getByRole('link', { name: 'Alle Beiträge anzeigen' }).click();
		await expect(page).toHaveURL(/\/aktuelles$/);
	});

	test('read an event with its facts and take the date into their calendar', async ({ page, request }) => {
		await page.goto('/aktuelles?art=veranstaltung&zeit=kommend');
		await page.getByRole('link', { name: INFO_EVENING }).click();
		await expect(page.getByRole('heading', { level: 1, name: INFO_EVENING })).toBeVisible();
		const facts = page.getByRole('region', { name: 'Auf einen Blick' });
		await expect(facts.getByRole('definition').filter({ hasText: '18:00' })).toContainText('19:30');
		await expect(facts).toContainText('Rathaus Zittau, Bürgersaal');
		await expect(facts).toContainText('Markt 1, 02763 Zittau');
		await expect(facts).toContainText('Rollstuhlgerecht');
		await expect(facts).toContainText('Aufzug am Seiteneingang');
		await expect(facts).toContainText('Eine Anmeldung ist nicht nötig.');

		const href = await facts.getByRole('link', { name: /in den eigenen Kalender/ }).getAttribute('href');
		const response = await get(request, href!);
		expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
		const [single] = calendarEvents(await response.text());
		expect(single.summary).toBe(INFO_EVENING);
		expect(single.location).toBe('Rathaus Zittau, Bürgersaal, Markt 1, 02763 Zittau');
		// Shown in Zittau as 18:00 to 19:30 six days from the demo's day.
		expect(berlin.format(single.startDate.toJSDate())).toBe(`${berlinDay(6)}, 18:00`);
		expect(berlin.format(single.endDate.toJSDate())).toBe(`${berlinDay(6)}, 19:30`);
		expect(single.startDate.zone.tzid).toBe('UTC');
	});

	test('subscribe to the event calendar, which carries every published event and marks cancelled ones', async ({
		request
	}) => {
		const response = await get(request, '/aktuelles/veranstaltungen.ics');
		expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
		const events = calendarEvents(await response.text());
		const byTitle = new Map(events.map((e) => [e.summary, e]));
		const prevention = byTitle.get('Präventionstag auf dem Markt')!;
		expect(berlin.format(prevention.startDate.toJSDate())).toBe(`${berlinDay(24)}, 10:00`);
		expect(berlin.format(prevention.endDate.toJSDate())).toBe(`${berlinDay(24)}, 16:00`);
		expect(byTitle.has('Fahrradcodierung der Verkehrswacht')).toBe(true);
		expect(byTitle.get('Elternabend: Sicher unterwegs im Netz')!.component.getFirstPropertyValue('status')).toBe(
			'CANCELLED'
		);
		// Not approved yet, so not public.
		expect(byTitle.has('Sicher mobil im Alter: Training für Seniorinnen und Senioren')).toBe(false);
		expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
		for (const event of events)
			expect(event.component.getFirstPropertyValue('url')).toMatch(new RegExp(`^${E2E_ORIGIN}/aktuelles/`));
	});

	test('follow the news in a feed reader: an Atom feed with titles and absolute links', async ({ request }) => {
		const response = await get(request, '/aktuelles/feed.xml');
		expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
		const feed = parseFeed(await response.text());
		expect(feed.meta.type).toBe('atom');
		expect(feed.url).toBe(`${E2E_ORIGIN}/aktuelles`);
		expect(feed.self).toBe(`${E2E_ORIGIN}/aktuelles/feed.xml`);
		const titles = feed.items.map((item) => item.title);
		expect(titles).toContain('Sicherheitsanalyse für Zittau vorgestellt');
		expect(titles).toContain(INFO_EVENING);
		expect(titles).toContain('Abgesagt: Elternabend: Sicher unterwegs im Netz');
		for (const item of feed.items) {
			expect(item.url).toMatch(new RegExp(`^${E2E_ORIGIN}/aktuelles/[a-z0-9-]+$`));
			expect(item.id).toMatch(/^tag:localhost,2026:aktuelles\/\d+$/);
		}
		const warning = feed.items.find((item) => item.title === 'Präventionsrat warnt vor Schockanrufen')!;
		expect((await get(request, warning.url!)).status()).toBe(200);
	});

	test('see the next three events on the start page, soonest first, without the cancelled one', async ({ page }) => {
		await page.goto('/');
		const upcoming = page.getByRole('region', { name: 'Nächste Veranstaltungen' });
		await expect(upcoming.getByRole('heading', { level: 3 })).toHaveText([
			INFO_EVENING,
			'Fahrradcodierung der Verkehrswacht',
			'Präventionstag auf dem Markt'
		]);
		await upcoming.getByRole('link', { name: 'Fahrradcodierung der Verkehrswacht' }).click();
		await expect(page.getByRole('region', { name: 'Auf einen Blick' })).toContainText('Verkehrswacht Zittau');
	});

	test('read Aktuelles in English, the German content marked as German', async ({ page }) => {
		await page.goto('/en/aktuelles');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1, name: 'News' })).toBeVisible();
		await page.getByRole('link', { name: INFO_EVENING }).click();
		await expect(page).toHaveURL(/\/en\/aktuelles\/info-abend/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'de');
		await expect(page.getByRole('region', { name: 'At a glance' })).toContainText('Wheelchair accessible');
	});

	// accessibility.spec.ts checks /aktuelles in every language; this is a later page of one kind.
	test('axe-core finds no violations on /aktuelles?art=pressemitteilung&seite=9', async ({ page }) => {
		await page.goto('/aktuelles?art=pressemitteilung&seite=9');
		expect(await axeViolations(page)).toEqual([]);
	});

	for (const prefix of ['', '/en']) {
		test(`axe-core finds no violations on an event page (${prefix || 'de'}) and a press release`, async ({
			page
		}) => {
			await page.goto(`${prefix}/aktuelles?art=veranstaltung&zeit=kommend`);
			await page.getByRole('link', { name: INFO_EVENING }).click();
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			expect(await axeViolations(page)).toEqual([]);
			await page.goto(`${prefix}/aktuelles/sicherheitsanalyse-fuer-zittau-vorgestellt`);
			await expect(page.getByRole('heading', { level: 2, name: 'Die wichtigsten Ergebnisse' })).toBeVisible();
			expect(await axeViolations(page)).toEqual([]);
		});
	}

	test('get a 404 for an unknown or unpublished item and its .ics', async ({ request }) => {
		expect((await request.get('/aktuelles/gibt-es-nicht')).status()).toBe(404);
		expect(
			(await request.get('/aktuelles/sicher-mobil-im-alter-training-fuer-seniorinnen-und-senioren')).status()
		).toBe(404);
		expect(
			(
				await request.get('/aktuelles/sicher-mobil-im-alter-training-fuer-seniorinnen-und-senioren/termin.ics')
			).status()
		).toBe(404);
		expect((await request.get('/aktuelles/praeventionsrat-warnt-vor-schockanrufen/termin.ics')).status()).toBe(404);
	});
});

test.describe('events submitted by partners', () => {
	let coordinator: Page;
	test.beforeAll(async ({ browser }) => {
		coordinator = await signedInPage(browser, DEMO_ACCOUNTS.coordinator);
	});
	test.afterAll(() => coordinator?.context().close());

	test('a partner submits an event, the coordinator approves it, and citizens see it', async ({ page }) => {
		await signIn(page, DEMO_ACCOUNTS.schoolEditor);
		await page.goto('/intern');
		await page.getByRole('link', { name: /Veranstaltungen für „Aktuelles“ einreichen/ }).click();
		await page.getByRole('link', { name: 'Veranstaltung einreichen' }).click();
		await expect(page.getByText('Für: Oberschule am Töpferberg')).toBeVisible();

		await page.getByLabel('Titel').fill('Sicherheitsparcours auf dem Schulhof');
		await page
			.getByLabel('Anreißer')
			.fill('Schülerinnen und Schüler zeigen, was sie über sichere Schulwege gelernt haben.');
		await page.getByLabel('Beginn').fill('2027-03-18T10:00');
		await page.getByLabel('Ende').fill('2027-03-18T09:00');
		await page.getByLabel('Ort', { exact: true }).fill('Oberschule am Töpferberg, Schulhof');
		await page.getByLabel('Adresse').fill('Töpferberg 1, 02763 Zittau');
		await page
			.getByRole('group', { name: /rollstuhlgerecht/ })
			.getByLabel('Ja')
			.check();
		await page.getByRole('button', { name: 'Zur Freigabe einreichen' }).click();

		const summary = page.getByRole('alert');
		await expect(summary).toContainText('Bitte prüfen Sie eine Angabe');
		await expect(summary.getByRole('link', { name: 'Ende' })).toHaveAttribute('href', '#endsAt');
		await expect(page.getByLabel('Ende')).toHaveAccessibleDescription(/Das Ende muss nach dem Beginn liegen/);
		await expect(page.getByLabel('Titel')).toHaveValue('Sicherheitsparcours auf dem Schulhof');
		await expect(page.getByLabel('Beginn')).toHaveValue('2027-03-18T10:00');
		expect(await axeViolations(page)).toEqual([]);

		await page.getByLabel('Ende').fill('2027-03-18T12:00');
		await page.getByRole('button', { name: 'Zur Freigabe einreichen' }).click();
		await expect(page.getByText('Die Veranstaltung ist eingereicht.')).toBeVisible();
		await expect(
			page.getByRole('row', { name: /Sicherheitsparcours auf dem Schulhof.*Eingereicht – wartet auf Freigabe/ })
		).toBeVisible();
		expect((await page.request.get('/aktuelles/sicherheitsparcours-auf-dem-schulhof')).status()).toBe(404);

		await coordinator.goto('/koordination/aktuelles');
		const review = coordinator.getByRole('article', { name: 'Sicherheitsparcours auf dem Schulhof' });
		await expect(review).toContainText('Eingereicht von Oberschule am Töpferberg');
		await expect(review).toContainText('18. März 2027');
		await review.getByRole('button', { name: 'Annehmen und veröffentlichen' }).click();
		await expect(coordinator.getByText('Der Beitrag ist veröffentlicht.')).toBeVisible();

		const citizen = await page.context().browser()!.newPage();
		await citizen.goto('/aktuelles?art=veranstaltung&zeit=kommend');
		await citizen.getByRole('link', { name: 'Sicherheitsparcours auf dem Schulhof' }).click();
		const facts = citizen.getByRole('region', { name: 'Auf einen Blick' });
		await expect(facts).toContainText('Donnerstag, 18. März 2027, 10:00–12:00 Uhr');
		await expect(facts).toContainText('Oberschule am Töpferberg');
		await citizen.close();

		await page.goto('/intern/veranstaltungen');
		await expect(
			page.getByRole('row', { name: /Sicherheitsparcours auf dem Schulhof.*Veröffentlicht/ })
		).toBeVisible();
	});

	test('the coordinator declines a submission with a reason that is mailed; the partner revises it, others cannot', async ({
		page,
		browser
	}) => {
		const title = 'Sicher mobil im Alter: Training für Seniorinnen und Senioren';
		const seen = await readMailbox();
		await coordinator.goto('/koordination/aktuelles');
		const review = coordinator.getByRole('article', { name: title });
		await review.getByRole('button', { name: 'Ablehnen und Begründung senden' }).click();
		await expect(review.getByLabel('Begründung der Ablehnung')).toHaveAccessibleDescription(
			/in 10 bis 2000 Zeichen/
		);

		const reason = 'Bitte ergänzen Sie, ob der Verkehrsgarten barrierefrei erreichbar ist.';
		await review.getByLabel('Begründung der Ablehnung').fill(reason);
		await review.getByRole('button', { name: 'Ablehnen und Begründung senden' }).click();
		await expect(coordinator.getByText('Die Veranstaltung ist abgelehnt')).toBeVisible();
		await expect(coordinator.getByRole('region', { name: /Abgelehnte Einreichungen/ })).toContainText(reason);

		const mail = await waitForMail({
			to: DEMO_ACCOUNTS.associationAdmin.email,
			subject: 'Ihre Veranstaltung wurde nicht veröffentlicht',
			seen
		});
		expect(mail.subject).toContain(title);
		expect(mail.text).toContain(reason);
		const link = linkIn(mail);
		expect(link).toMatch(new RegExp(`^${E2E_ORIGIN}/intern/veranstaltungen/\\d+$`));

		// Another organization's editor can neither open nor change it.
		const outsider = await browser.newPage();
		await signIn(outsider, DEMO_ACCOUNTS.schoolEditor);
		expect((await outsider.request.get(link, { maxRedirects: 0 })).status()).toBe(403);
		const post = await outsider.request.post(link, {
			form: { title: 'Übernommen' },
			headers: { Origin: E2E_ORIGIN, Accept: 'text/html' },
			maxRedirects: 0
		});
		expect(post.status()).toBe(403);
		await outsider.close();

		await signIn(page, DEMO_ACCOUNTS.associationAdmin);
		await page.goto(link);
		await expect(page.getByText(`Die Koordinierungsstelle schreibt: „${reason}“`)).toBeVisible();
		await page
			.getByLabel('Hinweise zur Barrierefreiheit')
			.fill('Der Verkehrsgarten ist ebenerdig über den Parkplatz erreichbar.');
		await page.getByRole('button', { name: 'Speichern und einreichen' }).click();
		await expect(page.getByText('Die Änderungen sind gespeichert und erneut eingereicht.')).toBeVisible();
		await expect(page.getByRole('row', { name: new RegExp(`${title}.*Eingereicht`) })).toBeVisible();

		await coordinator.goto('/koordination/aktuelles');
		await expect(coordinator.getByRole('article', { name: title })).toBeVisible();
	});

	test('the coordinator writes a press release, withdraws it and deletes it after confirming', async ({
		request
	}) => {
		await coordinator.goto('/koordination/aktuelles');
		expect(await axeViolations(coordinator)).toEqual([]);
		await coordinator.getByRole('link', { name: 'Pressemitteilung schreiben' }).click();
		await coordinator.getByLabel('Titel').fill('Neue Ansprechpartner im Netzwerk');
		await coordinator
			.getByLabel('Anreißer')
			.fill('Drei neue Partner verstärken das Präventionsnetzwerk in Zittau.');
		await coordinator
			.getByLabel('Text', { exact: true })
			.fill('## Willkommen\n\nWir freuen uns über **drei** neue Partner.');
		await coordinator.getByRole('button', { name: 'Speichern und veröffentlichen' }).click();
		await expect(coordinator.getByText('Der Beitrag ist gespeichert und veröffentlicht.')).toBeVisible();
		expect(await axeViolations(coordinator)).toEqual([]);
		await coordinator
			.getByLabel('Anreißer')
			.fill('Vier neue Partner verstärken das Präventionsnetzwerk in Zittau.');
		await coordinator.getByRole('button', { name: 'Änderungen speichern' }).click();
		await expect(coordinator.getByText('Die Änderungen sind gespeichert.')).toBeVisible();
		const slug = '/aktuelles/neue-ansprechpartner-im-netzwerk';
		expect(await (await request.get(slug)).text()).toContain('Vier neue Partner');

		await coordinator.goto('/koordination/aktuelles');
		await coordinator.getByRole('button', { name: /^Zurückziehen\s?: Neue Ansprechpartner im Netzwerk$/ }).click();
		await expect(
			coordinator.getByText('Der Beitrag ist nicht mehr öffentlich und wieder ein Entwurf.')
		).toBeVisible();
		expect((await request.get(slug)).status()).toBe(404);

		await coordinator
			.getByRole('region', { name: /Entwürfe/ })
			.getByRole('link', { name: /^Löschen\s?: Neue Ansprechpartner im Netzwerk$/ })
			.click();
		await coordinator.getByRole('button', { name: 'Löschen' }).click();
		await expect(coordinator.getByText('Bitte bestätigen Sie mit dem Häkchen')).toBeVisible();
		await coordinator.getByLabel('Ja, diesen Beitrag endgültig löschen').check();
		await coordinator.getByRole('button', { name: 'Löschen' }).click();
		await expect(coordinator.getByText('Der Beitrag ist gelöscht.')).toBeVisible();
		await expect(coordinator.getByRole('link', { name: 'Neue Ansprechpartner im Netzwerk' })).toHaveCount(0);
	});
});
