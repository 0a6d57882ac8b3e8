import { expect, test } from '@playwright/test';
import { messyPartnerXlsx } from '../fixtures/partner-import-messy';
import { DEMO_ACCOUNTS, signIn } from './login';

// The directory as open data: the HSDS API and the datapackage, found from every page's footer.

test('a citizen finds the open data in the footer, with the licence, the last change and both downloads', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('contentinfo').getByRole('link', { name: 'Offene Daten' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Offene Daten');
	await expect(page.getByRole('link', { name: 'Datenlizenz Deutschland – Namensnennung 2.0' })).toHaveAttribute(
		'href',
		'https://www.govdata.de/dl-de/by-2-0'
	);
	await expect(page.getByText('Letzte Änderung:')).toBeVisible();
	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Datenpaket (ZIP, HSDS 3.0) herunterladen' }).click();
	expect((await download).suggestedFilename()).toBe('partnernetzwerk-hsds.zip');
});

test('the datapackage is cacheable: the same ETag answers 304 until the data change', async ({ request }) => {
	const first = await request.get('/offene-daten/hsds-datenpaket.zip');
	expect(first.status()).toBe(200);
	expect(first.headers()['content-type']).toBe('application/zip');
	expect(first.headers()['last-modified']).toBeTruthy();
	const etag = first.headers()['etag'];
	const again = await request.get('/offene-daten/hsds-datenpaket.zip', { headers: { 'if-none-match': etag } });
	expect(again.status()).toBe(304);
	const since = await request.get('/offene-daten/hsds-datenpaket.zip', {
		headers: { 'if-modified-since': first.headers()['last-modified'] }
	});
	expect(since.status()).toBe(304);
});

test('the HSDS API answers without an account, pages, finds a service by id and explains bad parameters in German', async ({
	request
}) => {
	const meta = await (await request.get('/api/hsds')).json();
	expect(meta.version).toBe('3.0');
	const list = await request.get('/api/hsds/services?per_page=5&search=polizei');
	expect(list.headers()['access-control-allow-origin']).toBe('*');
	const page = await list.json();
	expect(page).toMatchObject({ page_number: 1, first_page: true });
	expect(page.contents.length).toBeGreaterThan(0);
	const service = await (await request.get(`/api/hsds/services/${page.contents[0].id}`)).json();
	expect(service.name).toBe(page.contents[0].name);
	expect(service.service_at_locations[0].location.addresses[0].postal_code).toMatch(/^\d{5}$/);
	for (const path of ['/organizations', '/service_at_locations', '/taxonomies', '/taxonomy_terms']) {
		expect((await request.get(`/api/hsds${path}`)).status(), path).toBe(200);
	}
	const bad = await request.get('/api/hsds/services?modified_after=gestern');
	expect(bad.status()).toBe(400);
	expect((await bad.json()).message).toContain('modified_after');
	expect((await request.get('/api/hsds/services/keine-uuid')).status()).toBe(404);
	expect((await request.get('/api/hsds/organizations/00000000-0000-4000-8000-000000000000')).status()).toBe(404);
});

test('without JavaScript, the coordinator imports an Excel list as drafts and then takes a new value field by field', async ({
	browser
}) => {
	const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
	await signIn(page, DEMO_ACCOUNTS.coordinator);
	await page.goto('/koordination/import');
	const template = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Vorlage herunterladen (Excel)' }).click();
	expect((await template).suggestedFilename()).toBe('partnerliste-vorlage.xlsx');
	const upload = async (name: string, buffer: Buffer) => {
		await page.goto('/koordination/import');
		await page
			.getByLabel('Datei (CSV, Excel oder HSDS-Datenpaket)')
			.setInputFiles({ name, buffer, mimeType: 'application/octet-stream' });
		await page.getByRole('button', { name: 'Vorschau anzeigen' }).click();
		await expect(page.getByRole('heading', { name: 'Vorschau: noch nichts gespeichert' })).toBeVisible();
	};

	// The portal's own HSDS datapackage: every partner is found again by its UUID, nothing differs.
	await upload('hsds.zip', await (await page.request.get('/offene-daten/hsds-datenpaket.zip')).body());
	await expect(page.getByText(/\b0 neue Partner, \d+ schon im Portal, 0 Zeilen/)).toBeVisible();
	await expect(page.getByText('– keine Unterschiede').first()).toBeVisible();

	await upload('partner.xlsx', await messyPartnerXlsx());
	await expect(page.getByRole('table', { name: 'Abgelehnte Zeilen' })).toContainText(
		'Doppelt: derselbe Partner steht schon in Zeile 2.'
	);
	await expect(page.getByText('Zeile 10: Polizeirevier Zittau (veröffentlicht)')).toBeVisible();
	const offer = page.getByRole('group', { name: 'Angebot von Polizeirevier Zittau' });
	await expect(offer.getByRole('radio', { name: /^behalten/ })).toBeChecked();
	await page.getByRole('button', { name: 'Importieren: 3 neue Partner als Entwurf anlegen' }).click();
	// The page reloads itself (meta refresh) while the background run reports "n von m".
	await expect(page.getByText('3 Partner wurden als Entwurf angelegt, 0 bekannte Partner')).toBeVisible({
		timeout: 15_000
	});

	const changed =
		'Name;Kategorie;Straße;PLZ;Ort;Angebot\r\nJugendtreff Pethau;Jugendhilfe;Pethauer Straße 4;02763;Zittau;Offener Treff und Kochkurs\r\n';
	await upload('pethau.csv', Buffer.from(changed));
	await page
		.getByRole('group', { name: 'Angebot von Jugendtreff Pethau' })
		.getByRole('radio', { name: 'neuen Wert übernehmen: „Offener Treff und Kochkurs“' })
		.check();
	await page.getByRole('button', { name: /^Importieren/ }).click();
	await expect(page.getByText('0 Partner wurden als Entwurf angelegt, 1 bekannte Partner')).toBeVisible({
		timeout: 15_000
	});
	await upload('pethau.csv', Buffer.from(changed));
	await expect(page.getByText('Zeile 2: Jugendtreff Pethau – keine Unterschiede')).toBeVisible();
});
