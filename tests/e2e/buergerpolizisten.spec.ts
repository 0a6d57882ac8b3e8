import { axeViolations } from './axe';
import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { DEMO_ACCOUNTS, signIn, signedInPage } from './login';
import { openBeforeHydration } from '../helpers/before-hydration';

async function lookUp(page: Page, street: string) {
	await page.goto('/buergerpolizisten');
	await page.getByLabel('Straße und Hausnummer').fill(street);
	await page.getByRole('button', { name: 'Zuständigkeit suchen' }).click();
	await expect(page.getByRole('heading', { name: `Ergebnis für „${street}“` })).toBeVisible();
	return page.getByRole('region', { name: `Ergebnis für „${street}“` });
}

test.describe('a citizen without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('finds the officer of an exactly typed street, with a link to the card with the hours', async ({ page }) => {
		const answer = await lookUp(page, 'Markt 1');
		await expect(answer).toContainText('Für Markt 1 ist zuständig:');
		await expect(answer).toContainText('Jens Kaiser');
		await answer.getByRole('link', { name: 'Sprechzeiten und Kontakt' }).click();
		await expect(page).toHaveURL(/#buergerpolizist-innenstadt$/);
		const card = page.getByRole('article', { name: 'Jens Kaiser' });
		await expect(card.getByRole('link', { name: '03583 6210-41' })).toHaveAttribute('href', 'tel:+493583621041');
		await expect(card).toContainText('Dienstag');
		await expect(card).toContainText('14:00–17:00 Uhr');
		await expect(card).toContainText('Rathaus Zittau, Zimmer 012');
	});

	test('is forgiven a typo and told how the input was read', async ({ page }) => {
		const answer = await lookUp(page, 'Schrammstrase 4');
		await expect(answer).toContainText('Ihre Eingabe haben wir als „Schrammstraße“ gelesen.');
		await expect(answer).toContainText('Sandra Lehmann');
	});

	test('gets the officer by house number on a split street, and is asked for the number without one', async ({
		page
	}) => {
		const low = await lookUp(page, 'Äußere Oybiner Straße 12');
		await expect(low).toContainText('Frank Zimmermann');
		await expect(low).not.toContainText('Sandra Lehmann');
		const high = await lookUp(page, 'Äußere Oybiner Str. 60');
		await expect(high).toContainText('Sandra Lehmann');
		await expect(high).not.toContainText('Frank Zimmermann');

		const split = await lookUp(page, 'Äußere Oybiner Straße');
		await expect(split).toContainText(
			'ist zwischen mehreren Bereichen aufgeteilt. Bitte geben Sie Ihre Hausnummer an.'
		);
		await expect(split.getByRole('listitem').filter({ hasText: 'Nr. 1–49' })).toContainText('Frank Zimmermann');
		await expect(split.getByRole('listitem').filter({ hasText: 'Nr. 50–199' })).toContainText('Sandra Lehmann');
	});

	test('is offered the nearest streets and the police station for an unknown street', async ({ page }) => {
		const answer = await lookUp(page, 'Lessingweg 3');
		await expect(answer).toContainText('Für „Lessingweg 3“ haben wir keine Zuständigkeit gefunden.');
		await expect(answer.getByRole('link', { name: '03583 6210-0' })).toHaveAttribute('href', 'tel:+49358362100');
		await answer.getByRole('link', { name: 'Lessingstraße' }).click();
		await expect(page.getByRole('region', { name: 'Ergebnis für „Lessingstraße“' })).toContainText(
			'Sandra Lehmann'
		);
	});

	test('is asked to type a street when sending the form empty', async ({ page }) => {
		await page.goto('/buergerpolizisten?strasse=');
		await expect(page.getByText('Bitte geben Sie eine Straße ein')).toBeVisible();
		await expect(page.getByLabel('Straße und Hausnummer')).toHaveAttribute('aria-invalid', 'true');
	});
});

test('with JavaScript, suggestions appear while typing, are announced and can be chosen with the keyboard', async ({
	page
}) => {
	await page.goto('/buergerpolizisten');
	const input = page.getByRole('combobox', { name: 'Straße und Hausnummer' });
	await input.pressSequentially('Hochw', { delay: 30 });
	const option = page.getByRole('option', { name: 'Hochwaldstraße' });
	await expect(option).toBeVisible();
	await expect(input).toHaveAttribute('aria-expanded', 'true');
	await expect(page.getByRole('status').filter({ hasText: 'Anzahl der Vorschläge: 1' })).toBeAttached();
	await input.press('ArrowDown');
	await expect(option).toHaveAttribute('aria-selected', 'true');
	await input.press('Enter');
	await expect(input).toHaveValue('Hochwaldstraße');
	await expect(input).toHaveAttribute('aria-expanded', 'false');
	await input.press('End');
	await input.pressSequentially(' 3');
	await page.getByRole('button', { name: 'Zuständigkeit suchen' }).click();
	await expect(page.getByRole('region', { name: 'Ergebnis für „Hochwaldstraße 3“' })).toContainText(
		'Frank Zimmermann'
	);
});

test('a school profile answers whether the school is responsible for a street', async ({ page }) => {
	await page.goto('/netzwerk/grundschule-am-weinaupark');
	await expect(page.getByRole('heading', { name: 'Zuständigkeitsbereich' })).toBeVisible();
	await page.getByLabel('Ihre Straße und Hausnummer').fill('Chopinstraße 3');
	await page.getByRole('button', { name: 'Zuständigkeit prüfen' }).click();
	await expect(page.getByText('Ja, für diese Adresse ist dieser Partner zuständig.')).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});

test('the page speaks English under /en, partner data stays German', async ({ page }) => {
	await page.goto('/en/buergerpolizisten?strasse=Lessingweg');
	await expect(page.getByRole('heading', { level: 1, name: 'Community police officers' })).toBeVisible();
	await expect(page.getByText('We have found no responsible officer for “Lessingweg”.')).toBeVisible();
	await expect(page.getByRole('article', { name: 'Jens Kaiser' }).getByText('Tuesday').first()).toBeAttached();
	expect(await axeViolations(page)).toEqual([]);
});

test('axe-core finds no violations on /buergerpolizisten with a result', async ({ page }) => {
	await page.goto('/buergerpolizisten?strasse=%C3%84u%C3%9Fere+Oybiner+Stra%C3%9Fe');
	await expect(page.getByRole('heading', { name: /Ergebnis für/ })).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});

test('the coordination of areas is refused to partners and sends anonymous visitors to the login', async ({
	browser
}) => {
	const anonymous = await browser.newPage();
	await anonymous.goto('/koordination/gebiete');
	await expect(anonymous).toHaveURL(/\/anmelden\?weiter=%2Fkoordination%2Fgebiete/);
	await anonymous.close();
	const partner = await browser.newPage();
	await signIn(partner, DEMO_ACCOUNTS.policeAdmin);
	const response = await partner.goto('/koordination/gebiete');
	expect(response?.status()).toBe(403);
	await partner.close();
});

test.describe('the coordinator', () => {
	let page: Page;
	test.beforeAll(async ({ browser }) => {
		page = await signedInPage(browser, DEMO_ACCOUNTS.coordinator);
	});
	test.afterAll(() => page?.context().close());

	test('creates an area, imports a CSV with bad lines, confirms only the good ones, and citizens find the new street', async () => {
		await page.goto('/koordination/gebiete');
		expect(await axeViolations(page)).toEqual([]);
		await page.getByRole('link', { name: 'Neuen Bereich anlegen' }).click();
		await page.getByLabel('Zuständiger Partner').selectOption({ label: 'Bürgerpolizist Innenstadt' });
		await page.getByLabel('Art des Bereichs').selectOption({ label: 'Bürgerpolizei' });
		await page.getByLabel('Name des Bereichs').fill('Xy');
		await page.getByRole('button', { name: 'Bereich anlegen' }).click();
		await expect(page.getByRole('alert')).toContainText(
			'Bitte geben Sie dem Bereich einen Namen (mindestens 3 Zeichen)'
		);
		await expect(page.getByLabel('Zuständiger Partner')).toHaveValue(/\d+/);

		await page.getByLabel('Name des Bereichs').fill('Neubaugebiet an der Mandau');
		await page.getByRole('button', { name: 'Bereich anlegen' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Neubaugebiet an der Mandau' })).toBeVisible();

		await page.getByRole('link', { name: 'Straßenliste aus CSV-Datei importieren' }).click();
		const csv = [
			'strasse;plz;von;bis;seite',
			'Zur Mandaubrücke;02763;;;alle',
			'Am Wiesengrund;0276;;;alle',
			'Töpferberg;02763;;;',
			'Gartenweg;02763;20;10;alle',
			'Gartenweg;02763;1;19;ungerade'
		].join('\n');
		await page
			.getByLabel('CSV-Datei')
			.setInputFiles({ name: 'strassen.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
		await page.getByRole('button', { name: 'Vorschau anzeigen' }).click();

		const rejected = page.getByRole('table', { name: 'Abgelehnte Zeilen' });
		await expect(rejected.getByRole('row', { name: /^3 .*PLZ '0276' muss fünfstellig sein/ })).toBeVisible();
		await expect(
			rejected.getByRole('row', { name: /^4 .*überschneidet sich mit Bereich 'Altstadt innerhalb des Rings'/ })
		).toBeVisible();
		await expect(rejected.getByRole('row', { name: /^5 .*von \(20\) ist größer als bis \(10\)/ })).toBeVisible();
		await expect(page.getByRole('table', { name: 'Neue Zeilen' }).getByRole('row')).toHaveCount(3);
		await page.getByText('Alle übernehmbaren Zeilen der Datei').click();
		await expect(page.getByRole('table', { name: 'Übernehmbare Zeilen' }).getByRole('row')).toHaveCount(3);
		expect(await axeViolations(page)).toEqual([]);

		// Nothing is written before the confirmation.
		const citizen = await page.context().browser()!.newPage();
		await citizen.goto('/buergerpolizisten?strasse=Zur+Mandaubr%C3%BCcke');
		await expect(citizen.getByText('Für „Zur Mandaubrücke“ haben wir keine Zuständigkeit gefunden.')).toBeVisible();

		await page.getByRole('button', { name: '2 Zeilen hinzufügen' }).click();
		await expect(page.getByText('2 Straßenzeilen wurden zur Liste hinzugefügt')).toBeVisible();
		await expect(page.getByLabel('Straße, Zeile 1')).toHaveValue('Gartenweg');
		await expect(page.getByLabel('Straße, Zeile 2')).toHaveValue('Zur Mandaubrücke');

		await citizen.reload();
		await expect(citizen.getByRole('region', { name: 'Ergebnis für „Zur Mandaubrücke“' })).toContainText(
			'Jens Kaiser'
		);
		await citizen.goto('/buergerpolizisten?strasse=Gartenweg+4');
		await expect(
			citizen.getByText('Die Hausnummer 4 liegt in keinem uns bekannten Abschnitt der Gartenweg.')
		).toBeVisible();
		await citizen.close();
	});

	test('edits street lines without JavaScript-only controls, and a bad line keeps the input', async () => {
		await page.goto('/koordination/gebiete');
		const area = await page.getByRole('link', { name: 'Neubaugebiet an der Mandau' }).getAttribute('href');
		// Typed on a slow phone, before the scripts have run: hydration keeps it.
		const { hydrate } = await openBeforeHydration(page, area!);
		await page.getByLabel('Straße, Zeile 3').fill('Am Mandauufer');
		await page.getByLabel('von Hausnummer, Zeile 3').fill('2a');
		await hydrate();
		await expect(page.getByLabel('Straße, Zeile 3')).toHaveValue('Am Mandauufer');
		await page.getByRole('button', { name: 'Straßenliste speichern' }).click();
		await expect(page.getByRole('alert')).toContainText('Zeile 3: Die Hausnummer muss eine ganze Zahl ab 1 sein');
		await expect(page.getByLabel('Straße, Zeile 3')).toHaveValue('Am Mandauufer');
		await page.getByLabel('von Hausnummer, Zeile 3').fill('2');
		await page.getByLabel('Seite, Zeile 3').selectOption({ label: 'gerade' });
		await page.getByRole('button', { name: 'Straßenliste speichern' }).click();
		await expect(page.getByText('Die Liste hat jetzt 3 Zeilen.')).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});

	test('sees which streets a replacing import removes before it does, and restores the list in one step', async () => {
		await page.goto('/koordination/gebiete');
		await page.getByRole('link', { name: 'Neubaugebiet an der Mandau' }).click();
		await page.getByRole('link', { name: 'Straßenliste aus CSV-Datei importieren' }).click();
		await page.getByLabel('oder Liste einfügen').fill('strasse;plz;von;bis\nZur Mandaubrücke;02763;1;10');
		await page.getByRole('button', { name: 'Vorschau anzeigen' }).click();
		// Adding is the default: nothing goes.
		await expect(
			page.getByText(
				'0 Zeilen kommen hinzu, 1 Straße ändert sich, 0 Zeilen entfallen; 2 Zeilen bleiben unverändert.'
			)
		).toBeVisible();
		await expect(page.getByRole('button', { name: '1 Zeile hinzufügen' })).toBeVisible();

		await page.getByRole('button', { name: 'Vorschau für „Liste ersetzen“' }).click();
		const removed = page.getByRole('table', { name: 'Entfallende Zeilen' });
		await expect(removed.getByRole('row', { name: /Gartenweg/ })).toBeVisible();
		await expect(removed.getByRole('row', { name: /Am Mandauufer/ })).toBeVisible();
		await expect(page.getByRole('table', { name: 'Geänderte Straßen' })).toContainText('02763 Nr. 1–10');
		expect(await axeViolations(page)).toEqual([]);
		await page.getByRole('button', { name: 'Liste ersetzen (2 Zeilen entfallen)' }).click();
		await expect(page.getByText('Die Liste wurde ersetzt; sie hat jetzt 1 Zeile.', { exact: false })).toBeVisible();

		await page.getByRole('link', { name: /Frühere Stände der Straßenliste/ }).click();
		expect(await axeViolations(page)).toEqual([]);
		await page
			.getByRole('link', { name: /Vergleichen und wiederherstellen/ })
			.first()
			.click();
		await expect(
			page.getByText('2 Zeilen kommen hinzu, 1 Straße ändert sich, 0 Zeilen entfallen', { exact: false })
		).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
		await page.getByRole('button', { name: 'Diesen Stand wiederherstellen' }).click();
		await expect(page.getByText('Die Straßenliste hat wieder 3 Zeilen.')).toBeVisible();
		await expect(page.getByLabel('Straße, Zeile 1')).toHaveValue('Am Mandauufer');
	});

	test('uploads the officer photo, which citizens see as a re-encoded WebP', async () => {
		await page.goto('/koordination/gebiete');
		await page.getByRole('link', { name: 'Neubaugebiet an der Mandau' }).click();
		const png = await sharp({
			create: { width: 600, height: 800, channels: 3, background: { r: 20, g: 60, b: 120 } }
		})
			.png()
			.toBuffer();
		await page.getByLabel('Person auf dem Foto').selectOption('Jens Kaiser');
		await page.getByLabel('Bilddatei').setInputFiles({ name: 'kaiser.png', mimeType: 'image/png', buffer: png });
		await page.getByRole('button', { name: 'Foto hochladen' }).click();
		await expect(page.getByText('Hinterlegt: Foto von Jens Kaiser. Es ist öffentlich sichtbar.')).toBeVisible();

		const citizen = await page.context().browser()!.newPage();
		await citizen.goto('/buergerpolizisten');
		const photo = citizen.getByRole('img', { name: 'Foto: Jens Kaiser' });
		await expect(photo).toBeVisible();
		const response = await citizen.request.get((await photo.getAttribute('src'))!);
		expect(response.headers()['content-type']).toBe('image/webp');
		await citizen.close();
	});

	test('deletes an area only after ticking the confirmation, and the street is unknown again', async () => {
		await page.goto('/koordination/gebiete');
		await page.getByRole('link', { name: 'Neubaugebiet an der Mandau' }).click();
		await page.getByRole('link', { name: 'Diesen Bereich löschen …' }).click();
		await page.getByRole('button', { name: 'Endgültig löschen' }).click();
		await expect(page.getByText('Bitte bestätigen Sie mit dem Häkchen')).toBeVisible();
		await page.getByLabel('Ja, den Bereich „Neubaugebiet an der Mandau“ löschen').check();
		await page.getByRole('button', { name: 'Endgültig löschen' }).click();
		await expect(
			page.getByText('Der Bereich „Neubaugebiet an der Mandau“ und seine Straßenliste sind gelöscht.')
		).toBeVisible();

		const citizen = await page.context().browser()!.newPage();
		await citizen.goto('/buergerpolizisten?strasse=Zur+Mandaubr%C3%BCcke');
		await expect(citizen.getByText('Für „Zur Mandaubrücke“ haben wir keine Zuständigkeit gefunden.')).toBeVisible();
		await citizen.close();
	});
});
