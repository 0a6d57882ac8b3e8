import { expect, test } from '@playwright/test';
import { messyPartnerCsv } from '../fixtures/partner-import-messy';
import { DEMO_ACCOUNTS, login } from './login';

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

test('the coordinator previews a messy partner list and imports its new partners as drafts', async ({ browser }) => {
	const page = await (await browser.newContext()).newPage();
	await login(page, DEMO_ACCOUNTS.coordinator);
	await page.goto('/koordination/import');
	const template = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Vorlage herunterladen (CSV)' }).click();
	expect((await template).suggestedFilename()).toBe('partnerliste-vorlage.csv');
	await page
		.getByLabel('CSV-Datei')
		.setInputFiles({ name: 'partner.csv', mimeType: 'text/csv', buffer: Buffer.from(messyPartnerCsv()) });
	await page.getByRole('button', { name: 'Vorschau anzeigen' }).click();
	await expect(page.getByRole('heading', { name: 'Vorschau: noch nichts gespeichert' })).toBeVisible();
	await expect(page.getByRole('table', { name: 'Abgelehnte Zeilen' })).toContainText(
		'Doppelt: derselbe Partner steht schon in Zeile 2.'
	);
	await expect(page.getByRole('table', { name: 'Schon im Portal (bleiben unverändert)' })).toContainText(
		'Polizeirevier Zittau (veröffentlicht)'
	);
	await page.getByRole('button', { name: /neue Partner als Entwurf anlegen/ }).click();
	await expect(page.getByText(/Partner wurden als Entwurf angelegt/)).toBeVisible();
});
