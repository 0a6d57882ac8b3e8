import { axeViolations } from './axe';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, signIn } from './login';
import { openBeforeHydration } from '../helpers/before-hydration';

const SCHOOL = DEMO_ACCOUNTS.schoolEditor.organization;
const EDIT_PAGE = `/intern/organisation/${SCHOOL.slug}`;
const PUBLIC_PAGE = `/netzwerk/${SCHOOL.slug}`;

function todayInZittau(): { iso: string; german: string } {
	const iso = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());
	const [year, month, day] = iso.split('-');
	return { iso, german: `${day}.${month}.${year}` };
}

const hoursOf = (page: Page, day: string) => page.getByRole('group', { name: `Öffnungszeiten am ${day}` });
const saveButton = (page: Page) => page.getByRole('button', { name: 'Änderungen speichern' });
const saved = (page: Page) => page.getByText('Die Änderungen sind gespeichert.');

async function expectNoAxeViolations(page: Page) {
	expect(await axeViolations(page)).toEqual([]);
}

test.describe('opening hours with JavaScript', () => {
	test.beforeEach(async ({ page }) => {
		await signIn(page, DEMO_ACCOUNTS.schoolEditor);
	});

	test('both weeks of hours, one line a day, take less than 2,000 px at 1280 px', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto(EDIT_PAGE);
		const heights = await page.evaluate(() => ({
			hours: ['abschnitt-opening', 'abschnitt-consultation']
				.map((id) => document.getElementById(id)?.getBoundingClientRect().height ?? 0)
				.reduce((a, b) => a + b, 0),
			page: document.documentElement.scrollHeight
		}));
		test.info().annotations.push({ type: 'heights', description: JSON.stringify(heights) });
		console.log(`hours editor heights: ${JSON.stringify(heights)}`);
		expect(heights.hours).toBeGreaterThan(0);
		expect(heights.hours).toBeLessThan(2000);
	});

	test('"Mo–Fr wie Montag" fills the other weekdays without saving; what was typed before the scripts ran stays', async ({
		page
	}) => {
		const { hydrate } = await openBeforeHydration(page, EDIT_PAGE);
		const monday = hoursOf(page, 'Montag').getByLabel('Montag von');
		const before = await hoursOf(page, 'Freitag').getByLabel('Freitag von').inputValue();
		await monday.fill('08:05');
		await hydrate();
		await expect(monday).toHaveValue('08:05');
		await page.getByRole('button', { name: 'Mo–Fr wie Montag (Öffnungszeiten)' }).click();

		await expect(page.getByText('Die Zeiten sind übertragen, aber noch nicht gespeichert.')).toBeVisible();
		await expect(hoursOf(page, 'Freitag').getByLabel('Freitag von')).toHaveValue('08:05');
		await expect(hoursOf(page, 'Samstag').getByLabel('Samstag von')).toHaveValue('');
		await page.goto(EDIT_PAGE);
		await expect(hoursOf(page, 'Freitag').getByLabel('Freitag von')).toHaveValue(before);
	});

	test('a closure today shows "Heute geschlossen" with its reason, in the JSON-LD too, and removing it asks first', async ({
		page
	}) => {
		// Saves twice, reads the public page and runs axe: more than the default 30 s on a busy machine.
		test.slow();
		const today = todayInZittau();
		await page.goto(EDIT_PAGE);
		const closure = page.getByRole('group', { name: 'Schließzeit 1' });
		await closure.getByLabel('Geschlossen vom').fill(today.iso);
		await closure.getByLabel('Grund (öffentlich sichtbar)').fill('Pädagogischer Tag');
		await saveButton(page).click();
		await expect(saved(page)).toBeVisible();

		await page.goto(PUBLIC_PAGE);
		const hours = page.getByRole('region', { name: 'Öffnungszeiten' });
		await expect(hours).toContainText('Heute geschlossen');
		await expect(hours).toContainText('Pädagogischer Tag');
		const jsonLd = JSON.parse(
			(await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}'
		);
		expect(jsonLd.location.specialOpeningHoursSpecification).toEqual([
			expect.objectContaining({ validFrom: today.iso, validThrough: today.iso, opens: '00:00', closes: '00:00' })
		]);
		await expectNoAxeViolations(page);

		await page.goto(EDIT_PAGE);
		await closure.getByLabel('Geschlossen vom').fill('');
		await closure.getByLabel('Grund (öffentlich sichtbar)').fill('');
		await saveButton(page).click();
		const confirm = page.getByRole('alert').filter({ hasText: 'Diese Angaben würden entfernt' });
		await expect(confirm).toContainText(`Geschlossen: ${today.german} (Pädagogischer Tag)`);
		await expect(confirm).toBeFocused();
		await confirm.getByRole('button', { name: 'Ja, entfernen und speichern' }).click();
		await expect(saved(page)).toBeVisible();
		await page.goto(PUBLIC_PAGE);
		await expect(page.getByRole('region', { name: 'Öffnungszeiten' })).not.toContainText('Pädagogischer Tag');
	});
});

test.describe('opening hours and removals without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test.beforeEach(async ({ page }) => {
		await signIn(page, DEMO_ACCOUNTS.schoolEditor);
	});

	test('copies Monday to Saturday through the server and "Mo–Fr wie Montag" too', async ({ page }) => {
		await page.goto(EDIT_PAGE);
		await hoursOf(page, 'Montag').getByLabel('Montag von').fill('09:10');
		await page.getByLabel('Zeiten von').first().selectOption({ label: 'Montag' });
		await page.getByLabel('übertragen auf').first().selectOption({ label: 'Samstag' });
		await page.getByRole('button', { name: 'Übertragen (Öffnungszeiten)' }).click();
		await expect(hoursOf(page, 'Samstag').getByLabel('Samstag von')).toHaveValue('09:10');
		await expect(hoursOf(page, 'Montag').getByLabel('Montag von')).toHaveValue('09:10');

		await page.getByRole('button', { name: 'Mo–Fr wie Montag (Öffnungszeiten)' }).click();
		await expect(hoursOf(page, 'Mittwoch').getByLabel('Mittwoch von')).toHaveValue('09:10');
		await expect(hoursOf(page, 'Samstag').getByLabel('Samstag von')).toHaveValue('09:10');
	});

	test('removing a contact asks first and keeps the other input; confirming removes it', async ({ page }) => {
		await page.goto(EDIT_PAGE);
		const note = page.getByLabel('Hinweise zur Barrierefreiheit');
		const originalNote = await note.inputValue();
		await page.getByRole('button', { name: 'Weitere Ansprechperson' }).click();
		const added = page.getByRole('group', { name: /^Ansprechperson \d+$/ }).last();
		await added.getByLabel('Name').fill('Erika Entfernbar');
		await added.getByLabel('Funktion').fill('Praktikantin');
		await saveButton(page).click();
		await expect(saved(page)).toBeVisible();

		const person = page.getByRole('group', { name: /^Ansprechperson \d+$/ }).last();
		await expect(person.getByLabel('Name')).toHaveValue('Erika Entfernbar');
		await person.getByLabel('Person entfernen').check();
		await note.fill('Eingang über den Schulhof, Klingel am Tor.');
		await saveButton(page).click();

		const confirm = page.getByRole('alert').filter({ hasText: 'Diese Angaben würden entfernt' });
		await expect(confirm).toContainText('Ansprechperson: Erika Entfernbar (Praktikantin)');
		await expect(note).toHaveValue('Eingang über den Schulhof, Klingel am Tor.');
		await expect(saved(page)).toHaveCount(0);
		await confirm.getByRole('button', { name: 'Ja, entfernen und speichern' }).click();
		await expect(saved(page)).toBeVisible();
		await expect(page.locator('input[value="Erika Entfernbar"]')).toHaveCount(0);
		await expect(note).toHaveValue('Eingang über den Schulhof, Klingel am Tor.');

		await note.fill(originalNote);
		await saveButton(page).click();
		await expect(saved(page)).toBeVisible();
	});
});
