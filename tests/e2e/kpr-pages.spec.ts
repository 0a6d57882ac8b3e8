import { axeViolations } from './axe';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { parse, type HTMLElement } from 'node-html-parser';
import { DEMO_ACCOUNTS, signedInPage } from './login';
import { skipBrowserValidation } from './forms';
import { PUBLIC_PAGES } from './public-pages';

// The KPR's own pages and the legal pages: what citizens see in every language, what the
// coordinator changes, and that nothing typed into a page can run in a reader's browser.

const PAGES = [
	{ path: '/ueber-den-kpr', heading: 'Über den KPR' },
	{ path: '/sicherheitsanalyse', heading: 'Sicherheitsanalyse' },
	{ path: '/koordinierungsstelle', heading: 'Koordinierungsstelle' },
	{ path: '/impressum', heading: 'Impressum' },
	{ path: '/datenschutz', heading: 'Datenschutzerklärung' },
	{ path: '/barrierefreiheit', heading: 'Erklärung zur Barrierefreiheit' },
	{ path: '/leichte-sprache', heading: 'Leichte Sprache' },
	{
		path: '/sicherheitsanalyse/handlungsfelder',
		heading: 'Handlungsfelder der Sicherheitsanalyse',
		en: 'Fields of action of the security analysis'
	},
	{
		path: '/sicherheitsanalyse/handlungsfelder/schutz-aelterer-menschen-vor-betrug',
		heading: 'Schutz älterer Menschen vor Betrug'
	}
];
const FOOTER_LINKS = {
	Impressum: '/impressum',
	Datenschutz: '/datenschutz',
	Barrierefreiheit: '/barrierefreiheit',
	'Leichte Sprache': '/leichte-sprache'
};
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const MP4 = Buffer.concat([
	Buffer.from([0, 0, 0, 0x18]),
	Buffer.from('ftypisom'),
	Buffer.from([0, 0, 2, 0]),
	Buffer.from('isomiso2')
]);

/** A page's HTML as the server sends it, parsed; the answer must be 200. */
async function read(request: APIRequestContext, path: string): Promise<HTMLElement> {
	const response = await request.get(path);
	expect(response.status(), path).toBe(200);
	return parse(await response.text());
}

/** The text of the page's h1, with whitespace as a reader sees it. */
function headingOf(document: HTMLElement): string | undefined {
	return document.querySelector('h1')?.text.replace(/\s+/g, ' ').trim();
}

test.describe('citizens', () => {
	// Over HTTP: the heading and language of each page as the server renders it.
	for (const { path, heading, en } of PAGES) {
		test(`read ${path} in German and English`, async ({ request }) => {
			expect(headingOf(await read(request, path))).toBe(heading);

			const english = await read(request, `/en${path}`);
			expect(english.querySelector('html')?.getAttribute('lang')).toBe('en');
			expect(headingOf(english)).toBe(en ?? heading);
			// Text entered in German is marked as German inside the English page.
			if (!en) expect(english.querySelector('h1')?.getAttribute('lang')).toBe('de');
		});
	}

	// accessibility.spec.ts runs axe-core on the public pages in every language; here the others.
	for (const { path } of PAGES.filter(({ path }) => !PUBLIC_PAGES.includes(path))) {
		test(`axe-core finds no violations on ${path} in German and English`, async ({ page }) => {
			for (const address of [path, `/en${path}`]) {
				await page.goto(address);
				await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
				expect(await axeViolations(page), address).toEqual([]);
			}
		});
	}

	test('find the legal and accessibility pages in the footer of every page, in every language', async ({ page }) => {
		for (const path of [
			'/',
			'/netzwerk',
			'/partner-werden',
			'/anmelden',
			'/ueber-den-kpr',
			'/sicherheitsanalyse/handlungsfelder',
			'/seite-gibt-es-nicht'
		]) {
			await page.goto(path);
			const footer = page.getByRole('contentinfo');
			for (const [label, href] of Object.entries(FOOTER_LINKS)) {
				await expect(
					footer.getByRole('link', { name: label, exact: true }),
					`${label} on ${path}`
				).toHaveAttribute('href', href);
			}
		}
		await page.goto('/cs/netzwerk');
		await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Tiráž' })).toHaveAttribute(
			'href',
			'/cs/impressum'
		);
		await page.getByRole('contentinfo').getByRole('link', { name: 'Tiráž' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Impressum' })).toBeVisible();
	});

	test('reach "Über den KPR" from the header, and the accessibility statement links its feedback form and the enforcement body', async ({
		page
	}) => {
		await page.goto('/netzwerk');
		await page
			.getByRole('navigation', { name: 'Hauptnavigation' })
			.getByRole('link', { name: 'Über den KPR' })
			.click();
		await expect(page.getByRole('heading', { level: 1, name: 'Über den KPR' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Lenkungsgruppe' })).toBeVisible();

		await page.goto('/barrierefreiheit');
		await expect(
			page.getByRole('link', { name: 'Formular für Rückmeldungen zur Barrierefreiheit' })
		).toHaveAttribute('href', '/barrierefreiheit/rueckmeldung');
		await expect(page.getByRole('link', { name: 'Durchsetzungsstelle@sk.sachsen.de' })).toBeVisible();
	});

	test('see the fields of action with their progress, and an empty state where nothing is linked yet', async ({
		page
	}) => {
		await page.goto('/sicherheitsanalyse');
		await page.getByRole('link', { name: 'Alle Handlungsfelder und der Stand der Arbeit' }).click();
		await expect(page.getByRole('heading', { level: 2, name: 'Kinder- und Jugendschutz' })).toBeVisible();
		await expect(page.getByText('An drei Oberschulen laufen Workshops zu Cybermobbing.')).toBeVisible();

		await page.goto('/sicherheitsanalyse/handlungsfelder/suchtpraevention');
		await expect(page.getByText('Zum Stand der Arbeit gibt es noch keinen Bericht.')).toBeVisible();
		await expect(page.getByText('Noch keine Projekte oder Arbeitsgruppen verknüpft.')).toBeVisible();
		expect((await page.request.get('/sicherheitsanalyse/handlungsfelder/gibt-es-nicht')).status()).toBe(404);
	});

	test('find the Leichte-Sprache explanation on the start page and a note while no sign-language video exists', async ({
		page
	}) => {
		await page.goto('/');
		const section = page.getByRole('region', { name: 'Leichte Sprache und Gebärdensprache' });
		await expect(section.getByRole('link', { name: 'Zur Erklärung in Leichter Sprache' })).toHaveAttribute(
			'href',
			'/leichte-sprache'
		);
		await expect(section.getByText('Hier zeigen wir bald ein Video in Deutscher Gebärdensprache')).toBeVisible();
		await expect(section.locator('video')).toHaveCount(0);
	});
});

test.describe('the coordinator', () => {
	let page: Page;
	test.beforeAll(async ({ browser }) => {
		page = await signedInPage(browser, DEMO_ACCOUNTS.coordinator);
	});
	test.afterAll(() => page?.context().close());

	async function saveText(slug: string, body: string) {
		await page.goto(`/koordination/seiten/${slug}`);
		await page.getByLabel('Text', { exact: true }).fill(body);
		await page.getByRole('button', { name: 'Speichern und veröffentlichen' }).click();
		await expect(page.getByText('Die neue Fassung ist veröffentlicht.')).toBeVisible();
	}

	test('previews, saves a page that citizens then read, and restores the older text', async ({ browser }) => {
		await page.goto('/koordination/seiten');
		await page.getByRole('main').getByRole('link', { name: 'Leichte Sprache', exact: true }).click();
		await page
			.getByLabel('Text', { exact: true })
			.fill('## Neu\n\nDer Präventions-Rat trifft sich **jeden Monat**.');
		await page.getByRole('button', { name: 'Vorschau' }).click();
		const preview = page.getByRole('region', { name: 'Vorschau (noch nicht gespeichert)' });
		await expect(preview.locator('strong')).toHaveText('jeden Monat');
		await expect(page.getByLabel('Text', { exact: true })).toHaveValue(/jeden Monat/);

		const citizen = await browser.newPage();
		await citizen.goto('/leichte-sprache');
		await expect(citizen.getByText('jeden Monat')).toHaveCount(0);

		await page.getByRole('button', { name: 'Speichern und veröffentlichen' }).click();
		await expect(page.getByText('Die neue Fassung ist veröffentlicht.')).toBeVisible();
		await citizen.reload();
		await expect(citizen.getByRole('main').getByText('Der Präventions-Rat trifft sich jeden Monat.')).toBeVisible();
		await expect(citizen.getByText(/Zuletzt geändert am/)).toBeVisible();

		await page.goto('/koordination/seiten/leichte-sprache/versionen');
		await expect(
			page.getByRole('insertion').filter({ hasText: 'Der Präventions-Rat trifft sich **jeden Monat**.' })
		).toHaveText('hinzugefügt: Der Präventions-Rat trifft sich **jeden Monat**.');
		const rows = page.getByRole('row');
		await expect(rows.filter({ hasText: 'Vorlage des Portals' })).toHaveCount(1);
		await rows.filter({ hasText: 'Vorlage des Portals' }).getByRole('link').click();
		await page.getByRole('button', { name: 'Diese Version wiederherstellen' }).click();
		await expect(
			page.getByText('Bitte bestätigen Sie, dass diese Fassung wieder veröffentlicht werden soll.')
		).toBeVisible();
		await page.getByLabel(/Ja, Version Nr\. \d+ wieder veröffentlichen/).check();
		await page.getByRole('button', { name: 'Diese Version wiederherstellen' }).click();
		await expect(page.getByText(/ist als neue Version veröffentlicht/)).toBeVisible();
		await expect(page.getByRole('row').filter({ hasText: 'aktuell veröffentlicht' })).toContainText(
			'wiederhergestellt aus Nr.'
		);

		await citizen.reload();
		await expect(citizen.getByText('jeden Monat')).toHaveCount(0);
		await expect(citizen.getByRole('heading', { name: 'Was ist diese Internet-Seite?' })).toBeVisible();
		await citizen.close();
	});

	test('enters an English translation that English readers then get, while Polish readers keep the German page', async ({
		browser
	}) => {
		await page.goto('/koordination/seiten/impressum');
		await page.getByRole('main').getByRole('link', { name: 'Englisch', exact: true }).click();
		await page.getByLabel('Überschrift (Englisch)').fill('Legal notice');
		await page
			.getByLabel('Text (Englisch)', { exact: true })
			.fill('## Provider\n\nThe **Town of Zittau** provides this portal.');
		await page.getByRole('button', { name: 'Übersetzung veröffentlichen' }).click();
		await expect(page.getByText('Die Übersetzung ist veröffentlicht.')).toBeVisible();

		const reader = await browser.newPage();
		await reader.goto('/en/impressum');
		const heading = reader.getByRole('heading', { level: 1 });
		await expect(heading).toHaveText('Legal notice');
		await expect(heading).not.toHaveAttribute('lang', /.*/);
		await expect(reader.getByRole('main').getByText('The Town of Zittau provides this portal.')).toBeVisible();
		await expect(reader.getByText('This page is only available in German.')).toHaveCount(0);
		await reader.goto('/pl/impressum');
		await expect(reader.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'de');

		await page.getByRole('button', { name: 'Übersetzung löschen' }).click();
		await expect(page.getByText('Bitte bestätigen Sie, dass die Übersetzung gelöscht werden soll.')).toBeVisible();
		await page.getByLabel('Ja, die Übersetzung ins Englische löschen').check();
		await page.getByRole('button', { name: 'Übersetzung löschen' }).click();
		await expect(page.getByText('In dieser Sprache wird wieder die deutsche Seite gezeigt.')).toBeVisible();
		await reader.goto('/en/impressum');
		await expect(reader.getByText('This page is only available in German.')).toBeVisible();
		await reader.close();
	});

	test('keeps the input and explains the problem when the title is missing', async () => {
		await page.goto('/koordination/seiten/impressum');
		await page.getByLabel('Überschrift').fill('');
		await page.getByLabel('Text', { exact: true }).fill('Mein ungespeicherter Entwurf');
		await skipBrowserValidation(page);
		await page.getByRole('button', { name: 'Speichern und veröffentlichen' }).click();
		await expect(
			page.getByRole('alert').getByText('Bitte geben Sie eine Überschrift mit mindestens 3 Zeichen an.')
		).toBeVisible();
		await expect(page.getByLabel('Text', { exact: true })).toHaveValue('Mein ungespeicherter Entwurf');
	});

	test('cannot make a page run script, handlers or javascript: links in a reader’s browser', async ({ browser }) => {
		await saveText(
			'koordinierungsstelle',
			[
				'## Kontakt',
				'<script>window.__xss = "script"; alert("script")</script>',
				'<img src="/nichts.png" onerror="window.__xss = \'onerror\'; alert(\'onerror\')">',
				'<p onmouseover="alert(\'hover\')">Fahren Sie hierüber</p>',
				'[Hier klicken](javascript:alert(document.cookie))'
			].join('\n\n')
		);
		const citizen = await browser.newPage();
		const dialogs: string[] = [];
		citizen.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		await citizen.goto('/koordinierungsstelle');
		const main = citizen.getByRole('main');
		await expect(main.getByRole('heading', { name: 'Kontakt' })).toBeVisible();
		await expect(main.locator('script, img, [onerror], [onmouseover], a[href^="javascript:"]')).toHaveCount(0);
		await main.getByText('Fahren Sie hierüber').hover();
		await main.getByText('Hier klicken').click();
		expect(await citizen.evaluate(() => (window as { __xss?: string }).__xss)).toBeUndefined();
		expect(dialogs).toEqual([]);
		await citizen.close();
	});

	test('uploads a report that citizens download with format and size, refuses a fake PDF, and deletes after confirmation', async ({
		browser
	}) => {
		await page.goto('/koordination/seiten/berichte');
		await page.getByLabel('Titel').fill('Bericht zur Sicherheitslage');
		await page.getByLabel('Jahr').fill('2025');
		await page
			.getByLabel('PDF-Datei')
			.setInputFiles({ name: 'bericht.pdf', mimeType: 'application/pdf', buffer: Buffer.from('kein pdf') });
		await page.getByRole('button', { name: 'Bericht hochladen' }).click();
		await expect(page.getByRole('alert').getByText('Die Datei ist kein PDF.')).toBeVisible();
		await expect(page.getByLabel('Titel')).toHaveValue('Bericht zur Sicherheitslage');

		await page
			.getByLabel('PDF-Datei')
			.setInputFiles({ name: 'bericht.pdf', mimeType: 'application/pdf', buffer: PDF });
		await page.getByRole('button', { name: 'Bericht hochladen' }).click();
		await expect(
			page.getByText('Der Bericht steht auf der Seite Sicherheitsanalyse zum Herunterladen bereit.')
		).toBeVisible();

		const citizen = await browser.newPage();
		await citizen.goto('/sicherheitsanalyse');
		const reports = citizen.getByRole('region', { name: 'Berichte zum Herunterladen' });
		await expect(reports.getByRole('listitem')).toContainText('Bericht zur Sicherheitslage (Jahr 2025; PDF, 1 kB)');
		const downloading = citizen.waitForEvent('download');
		await reports.getByRole('link', { name: 'Bericht zur Sicherheitslage' }).click();
		const download = await downloading;
		expect(download.suggestedFilename()).toBe('bericht-zur-sicherheitslage-2025.pdf');
		const href = await reports.getByRole('link', { name: 'Bericht zur Sicherheitslage' }).getAttribute('href');
		const response = await citizen.request.get(href!);
		expect(response.headers()['content-type']).toBe('application/pdf');
		expect(response.headers()['content-disposition']).toBe(
			'attachment; filename="bericht-zur-sicherheitslage-2025.pdf"'
		);
		expect((await response.body()).equals(PDF)).toBe(true);

		await page.getByRole('button', { name: 'Bericht löschen' }).click();
		await expect(page.getByText('Bitte bestätigen Sie, dass der Bericht gelöscht werden soll.')).toBeVisible();
		await page.getByLabel('Ja, den Bericht „Bericht zur Sicherheitslage“ löschen').check();
		await page.getByRole('button', { name: 'Bericht löschen' }).click();
		await expect(page.getByText('Der Bericht ist nicht mehr abrufbar.')).toBeVisible();
		expect((await citizen.request.get(href!)).status()).toBe(404);
		await citizen.reload();
		await expect(citizen.getByText('Es sind noch keine Berichte veröffentlicht.')).toBeVisible();
		await citizen.close();
	});

	test('adds a field of action that appears in the public progress view', async ({ browser }) => {
		// Hydrated first (a person is never that fast). A first click before hydration sends the form natively;
		// the error page then hydrates late, its error summary takes the focus and scrolls up, and a second
		// click aimed at the button meanwhile hit nothing: once in CI the form stayed unsent.
		await page.goto('/koordination/seiten/handlungsfelder', { waitUntil: 'networkidle' });
		await page.getByLabel('Name des Handlungsfelds').fill('Gewalt in engen Beziehungen');
		await skipBrowserValidation(page);
		await page.getByRole('button', { name: 'Handlungsfeld anlegen' }).click();
		await expect(
			page.getByRole('alert').getByText('Bitte beschreiben Sie das Handlungsfeld in mindestens 20 Zeichen.')
		).toBeVisible();
		await expect(page.getByLabel('Name des Handlungsfelds')).toHaveValue('Gewalt in engen Beziehungen');
		await page.getByLabel('Beschreibung').fill('Betroffene schneller zu Beratung und Schutz bringen.');
		await page
			.getByLabel('Stand der Arbeit (öffentlich)')
			.fill('Ein Runder Tisch hat sich **im Herbst** gegründet.');
		await page.getByRole('button', { name: 'Handlungsfeld anlegen' }).click();
		await expect(page.getByText('Das Handlungsfeld ist veröffentlicht.')).toBeVisible();

		const citizen = await browser.newPage();
		await citizen.goto('/sicherheitsanalyse/handlungsfelder/gewalt-in-engen-beziehungen');
		await expect(citizen.getByRole('heading', { level: 1, name: 'Gewalt in engen Beziehungen' })).toBeVisible();
		await expect(citizen.locator('strong', { hasText: 'im Herbst' })).toBeVisible();
		await citizen.close();

		await page.getByRole('button', { name: 'Handlungsfeld löschen' }).click();
		await page.getByLabel('Ja, das Handlungsfeld „Gewalt in engen Beziehungen“ löschen').check();
		await page.getByRole('button', { name: 'Handlungsfeld löschen' }).click();
		await expect(page.getByText('Das Handlungsfeld wurde gelöscht.')).toBeVisible();
	});

	test('uploads the sign-language video that the start page then plays from the portal with its text', async ({
		browser
	}) => {
		const citizenContext = await browser.newContext();
		await page.goto('/koordination/seiten/video');
		await page.getByLabel('Videodatei').setInputFiles({ name: 'dgs.mp4', mimeType: 'video/mp4', buffer: MP4 });
		await page.getByLabel('Text zum Video').fill('Willkommen im Partnernetzwerk des Präventionsrates Zittau.');
		await page.getByRole('button', { name: 'Video hochladen' }).click();
		await expect(page.getByText('Das Video ist auf der Startseite zu sehen.')).toBeVisible();

		const citizen = await citizenContext.newPage();
		await citizen.goto('/');
		const section = citizen.getByRole('region', { name: 'Leichte Sprache und Gebärdensprache' });
		const source = section.locator('video[controls] source');
		await expect(source).toHaveAttribute('type', 'video/mp4');
		await section.getByText('Text zum Video').click();
		await expect(section.getByText('Willkommen im Partnernetzwerk des Präventionsrates Zittau.')).toBeVisible();
		expect(await axeViolations(citizen)).toEqual([]);
		const src = await source.getAttribute('src');
		expect(src).toMatch(/^\/gebaerdensprache-video/);
		const part = await citizen.request.get(src!, { headers: { Range: 'bytes=4-11' } });
		expect(part.status()).toBe(206);
		expect((await part.body()).toString()).toBe('ftypisom');

		await page.getByRole('button', { name: 'Video entfernen' }).click();
		await page.getByLabel('Ja, das Video von der Startseite entfernen').check();
		await page.getByRole('button', { name: 'Video entfernen' }).click();
		await expect(page.getByText('Die Startseite zeigt wieder den Hinweis')).toBeVisible();
		await citizen.reload();
		await expect(section.locator('video')).toHaveCount(0);
		await citizenContext.close();
	});
});
