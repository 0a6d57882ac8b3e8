import { axeViolations } from './axe';
import { expect, test, type Page } from '@playwright/test';
import { E2E_ORIGIN } from './environment';
import { DEMO_ACCOUNTS, signIn } from './login';

const SCHOOL = DEMO_ACCOUNTS.schoolEditor.organization;
const SCHOOL_NAME = 'Oberschule am Töpferberg';
const EDIT_PAGE = `/intern/organisation/${SCHOOL.slug}`;
// A 1×1 red PNG.
const RED_DOT_PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
	'base64'
);

/** Opens the school's editing page and makes sure the entry is public (other specs may have withdrawn it). */
async function openSchoolProfile(page: Page): Promise<void> {
	await page.goto(EDIT_PAGE);
	await expect(page.getByRole('heading', { level: 1, name: SCHOOL_NAME })).toBeVisible();
	const publish = page.getByRole('button', { name: 'Veröffentlichen', exact: true });
	if (await publish.isVisible()) {
		await publish.click();
		await expect(page.getByRole('button', { name: 'Veröffentlichung zurückziehen' })).toBeVisible();
	}
}

async function save(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Änderungen speichern' }).click();
	await expect(page.getByText('Die Änderungen sind gespeichert.')).toBeVisible();
}

/** The slugs of the partners the public search finds for `q`. */
async function publicSearch(page: Page, q: string): Promise<string[]> {
	const response = await page.request.get(`/api/suche?${new URLSearchParams({ q })}`);
	expect(response.ok()).toBe(true);
	const result = (await response.json()) as { hits: { slug: string }[] };
	return result.hits.map((hit) => hit.slug);
}

test.describe('a school editor keeps the profile current', () => {
	test.beforeEach(async ({ page }) => {
		await signIn(page, DEMO_ACCOUNTS.schoolEditor);
	});

	test('finds the school on the dashboard and its edited offer in the public search within seconds', async ({
		page
	}) => {
		await page.goto('/intern');
		await page.getByRole('link', { name: SCHOOL_NAME }).first().click();
		await expect(page).toHaveURL(EDIT_PAGE);
		await openSchoolProfile(page);

		const word = `Kranichflug${Date.now().toString(36)}`;
		const offer = page.getByLabel('Angebot', { exact: true });
		await offer.fill(`${await offer.inputValue()}\nNeu: Streitschlichtung „${word}“ für die Klassen 7 bis 10.`);
		await save(page);

		await expect.poll(() => publicSearch(page, word), { timeout: 10_000 }).toContain(SCHOOL.slug);
	});

	test('keeps the input and explains the problem when a time is wrong', async ({ page }) => {
		await openSchoolProfile(page);
		await page.getByLabel('Name der Organisation').fill(`${SCHOOL_NAME} (geändert)`);
		const sunday = page.getByRole('group', { name: 'Öffnungszeiten am Sonntag' });
		await sunday.getByLabel('Sonntag von').fill('18:00');
		await sunday.getByLabel('Sonntag bis').fill('17:00');
		await page.getByRole('button', { name: 'Änderungen speichern' }).click();

		await expect(page.getByRole('alert').filter({ hasText: 'Bitte prüfen Sie' })).toContainText(
			'Das Ende muss nach dem Beginn liegen.'
		);
		await expect(page.getByLabel('Name der Organisation')).toHaveValue(`${SCHOOL_NAME} (geändert)`);
		await page.goto(`/netzwerk/${SCHOOL.slug}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(SCHOOL_NAME);
	});

	test('a contact person whose consent is withdrawn disappears from the public profile', async ({ page }) => {
		const person = `Paula Probe ${Date.now().toString(36)}`;
		await openSchoolProfile(page);
		const nameFields = page.locator('input[name^="contacts."][name$=".name"]');
		const rowsBefore = await nameFields.count();
		await page.getByRole('button', { name: 'Weitere Ansprechperson' }).click();
		await expect(nameFields).toHaveCount(rowsBefore + 1);
		await nameFields.last().fill(person);
		const row = (await nameFields.last().getAttribute('name'))!.replace(/\.name$/, '');
		await page.locator(`input[name="${row}.consent"]`).check();
		await save(page);

		await page.goto(`/netzwerk/${SCHOOL.slug}`);
		await expect(page.getByText(person)).toBeVisible();

		await page.goto(EDIT_PAGE);
		const rows = await nameFields.evaluateAll((inputs) =>
			inputs.map((input) => [(input as HTMLInputElement).name, (input as HTMLInputElement).value])
		);
		const savedRow = rows.find(([, value]) => value === person)![0].replace(/\.name$/, '');
		await page.locator(`input[name="${savedRow}.consent"]`).uncheck();
		await save(page);

		await page.goto(`/netzwerk/${SCHOOL.slug}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(SCHOOL_NAME);
		await expect(page.getByText(person)).toHaveCount(0);
	});

	test('uploads a logo, which the public profile serves re-encoded as WebP', async ({ page }) => {
		await openSchoolProfile(page);
		await page
			.getByLabel(/Logo hochladen/)
			.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: RED_DOT_PNG });
		await page.getByRole('button', { name: 'Logo speichern' }).click();
		await expect(page.getByText('Das Logo ist gespeichert.')).toBeVisible();

		const logo = await page.request.get(`/netzwerk/${SCHOOL.slug}/logo`);
		expect(logo.status()).toBe(200);
		expect(logo.headers()['content-type']).toBe('image/webp');
		expect((await logo.body()).subarray(8, 12).toString('ascii')).toBe('WEBP');

		await page.goto(`/netzwerk/${SCHOOL.slug}`);
		await expect(page.getByRole('img', { name: /^Logo:/ })).toHaveAttribute('src', `/netzwerk/${SCHOOL.slug}/logo`);
	});

	test('refuses a file that only claims to be an image', async ({ page }) => {
		await openSchoolProfile(page);
		const html = Buffer.from('<html><script>alert(1)</script></html>');
		await page
			.getByLabel(/Logo hochladen/)
			.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: html });
		await page.getByRole('button', { name: 'Logo speichern' }).click();
		await expect(page.getByText('Bitte laden Sie ein Bild im Format PNG, JPEG oder WebP hoch.')).toBeVisible();
	});

	test('axe-core finds nothing on /intern and on the editing page', async ({ page }) => {
		for (const path of ['/intern', EDIT_PAGE]) {
			await page.goto(path);
			expect(await axeViolations(page), path).toEqual([]);
		}
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('"Weitere Zeile" adds a row for Monday without saving anything', async ({ page }) => {
		await signIn(page, DEMO_ACCOUNTS.schoolEditor);
		await page.goto(EDIT_PAGE);
		const monday = page.getByRole('group', { name: 'Öffnungszeiten am Montag' });
		const rows = monday.getByLabel(/von/);
		const before = await rows.count();
		await monday.getByRole('button', { name: 'Weitere Zeile für Montag' }).click();
		await expect(page.getByRole('group', { name: 'Öffnungszeiten am Montag' }).getByLabel(/von/)).toHaveCount(
			before + 1
		);
	});
});

test('an editor of another organization gets 403 for the school’s editing page and its actions', async ({ page }) => {
	await signIn(page, DEMO_ACCOUNTS.associationAdmin);
	const view = await page.request.get(EDIT_PAGE);
	expect(view.status()).toBe(403);
	for (const action of ['speichern', 'veroeffentlichen', 'zurueckziehen', 'aktuell', 'logoEntfernen']) {
		const post = await page.request.post(`${EDIT_PAGE}?/${action}`, {
			form: { name: 'Übernommen', description: 'x', category: 'schule' },
			// As use:enhance sends it, so the answer names its reason (a refused origin would be 403 too).
			headers: { origin: E2E_ORIGIN, accept: 'application/json', 'x-sveltekit-action': 'true' }
		});
		expect(post.status(), action).toBe(403);
		expect(await post.json(), action).toMatchObject({
			type: 'error',
			error: { message: 'Sie haben keine Berechtigung für diese Organisation.' }
		});
	}
	await page.goto(`/netzwerk/${SCHOOL.slug}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(SCHOOL_NAME);
});

test('an anonymous visitor is sent to the login page', async ({ page }) => {
	for (const path of ['/intern', EDIT_PAGE]) {
		const response = await page.request.get(path, { maxRedirects: 0 });
		expect(response.status()).toBe(303);
		expect(response.headers().location).toBe(`/anmelden?${new URLSearchParams({ weiter: path })}`);
	}
	await page.goto('/intern');
	await expect(page).toHaveURL(/\/anmelden\?weiter=%2Fintern$/);
});
