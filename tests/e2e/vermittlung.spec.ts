import { axeViolations } from './axe';
import Database from 'better-sqlite3';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { E2E_DATA_DIR } from './environment';
import { DEMO_ACCOUNTS, signedInPage } from './login';
import { readMailbox, waitForMail } from './mailbox';

const SCHOOL = DEMO_ACCOUNTS.schoolEditor;
const POLICE = DEMO_ACCOUNTS.policeAdmin;
const slug = `sicherheitstag-e2e-${Date.now()}`;
const title = 'Sicherheitstag an der Oberschule am Töpferberg';

/** An open proposal of the demo school, written straight into the e2e database as the proposals feature would. */
function insertOpenProposal(): void {
	const db = new Database(path.join(E2E_DATA_DIR, 'portal.db'));
	try {
		db.pragma('busy_timeout = 5000');
		const school = db.prepare('select id from organizations where slug = ?').get(SCHOOL.organization.slug) as {
			id: number;
		};
		const { lastInsertRowid } = db
			.prepare(
				`insert into proposals (slug, organization_id, title, summary, looking_for, status, opened_at)
				 values (?, ?, ?, ?, ?, 'open', strftime('%Y-%m-%dT%H:%M:%fZ','now'))`
			)
			.run(
				slug,
				school.id,
				title,
				'Schülerinnen und Schüler lernen an Stationen, wie sie sich vor Einbruch, Gewalt und Gefahren im Straßenverkehr schützen.',
				'Die Polizei für eine Station zu häuslicher Gewalt und Einbruchschutz'
			);
		const term = db.prepare('select id from taxonomy_terms where taxonomy = ? and code = ?');
		const link = db.prepare('insert into proposal_terms (proposal_id, term_id) values (?, ?)');
		for (const [taxonomy, code] of [
			['topic', 'kriminalpraevention'],
			['topic', 'einbruchschutz'],
			['topic', 'haeusliche-gewalt'],
			['target_group', 'jugendliche']
		]) {
			link.run(lastInsertRowid, (term.get(taxonomy, code) as { id: number }).id);
		}
	} finally {
		db.close();
	}
}

test.describe('brokering partners for a proposal', () => {
	let page: Page;
	test.beforeAll(async ({ browser }) => {
		insertOpenProposal();
		page = await signedInPage(browser, DEMO_ACCOUNTS.coordinator);
	});
	test.afterAll(() => page?.context().close());

	test('the coordinator introduces the police station to the school: both get the mail, the board shows "kontaktiert"', async () => {
		const seen = await readMailbox();
		await page.goto('/koordination');
		await page.getByRole('navigation', { name: 'Koordination' }).getByRole('link', { name: 'Vermittlung' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Vermittlung' })).toBeVisible();
		await page.locator(`a[href="/koordination/vermittlung/${slug}"]`).click();

		await expect(page.getByRole('heading', { level: 1, name: `Vermittlung: ${title}` })).toBeVisible();
		const police = page
			.locator('li.candidate')
			.filter({ has: page.getByRole('heading', { name: 'Polizeirevier Zittau', exact: true }) });
		await expect(police).toContainText('3 gemeinsame Themen: Kriminalprävention, Einbruchschutz, Häusliche Gewalt');
		await expect(police).toContainText('passt laut Volltextsuche zu');
		const names = await page.locator('li.candidate h3').allTextContents();
		expect(names.map((n) => n.trim())[0]).toBe('Polizeirevier Zittau');
		expect(names.map((n) => n.trim())).not.toContain('Oberschule am Töpferberg');

		// One short disclosure per candidate instead of an open note box each.
		await expect(page.locator('li.candidate textarea:visible')).toHaveCount(0);
		await police.getByText('Persönliche Nachricht hinzufügen').click();
		await police
			.getByLabel('Persönliche Nachricht an beide Seiten (freiwillig)')
			.fill('Frau Wendler macht solche Stationen seit Jahren.');
		await police.getByRole('button', { name: 'Vorstellen – Polizeirevier Zittau' }).click();
		await expect(
			page.getByText(
				'Polizeirevier Zittau und Oberschule am Töpferberg haben die Vorstellung per E-Mail erhalten.'
			)
		).toBeVisible();
		await expect(page.getByRole('heading', { name: /^Polizeirevier Zittau\s*: kontaktiert$/ })).toBeVisible();
		await expect(police).toContainText(/\d Punkte · bereits kontaktiert/);

		const toSchool = await waitForMail({ to: SCHOOL.email, subject: 'Vorstellung: Polizeirevier Zittau', seen });
		expect(toSchool.text).toContain(`Ihr Vorhaben „${title}“`);
		expect(toSchool.text).toContain('Frau Wendler macht solche Stationen seit Jahren.');
		expect(toSchool.text).toContain(`/projekte/${slug}`);
		const toPolice = await waitForMail({ to: POLICE.email, subject: `das Vorhaben „${title}“`, seen });
		expect(toPolice.text).toContain(
			'Gesucht wird:\nDie Polizei für eine Station zu häuslicher Gewalt und Einbruchschutz'
		);
		expect(toPolice.text).toContain(`Sie erreichen Oberschule am Töpferberg unter: ${SCHOOL.email}`);

		await page.goto('/koordination/vermittlung/uebersicht');
		await page.getByLabel('Status der Vermittlung').selectOption('kontaktiert');
		await page.getByRole('button', { name: 'Filtern' }).click();
		await expect(page).toHaveURL(/status=kontaktiert/);
		const contacted = page.getByRole('region', { name: /^kontaktiert/ });
		await expect(
			contacted.getByRole('listitem').filter({ has: page.locator(`a[href="/koordination/vermittlung/${slug}"]`) })
		).toContainText('Polizeirevier Zittau');
		await expect(page.getByRole('region', { name: /^vorgeschlagen/ })).toHaveCount(0);
	});

	test('a note that is too long is refused with the reason, the text is kept and nothing is mailed', async () => {
		const seen = await readMailbox();
		await page.goto(`/koordination/vermittlung/${slug}`);
		const advice = page
			.locator('li.candidate')
			.filter({ has: page.getByRole('heading', { name: 'Polizeiliche Beratungsstelle Zittau', exact: true }) });
		const note = 'Sehr lange Nachricht. '.repeat(50);
		await advice.getByText('Persönliche Nachricht hinzufügen').click();
		await advice.getByLabel('Persönliche Nachricht an beide Seiten (freiwillig)').fill(note);
		await advice.getByRole('button', { name: 'Vorstellen – Polizeiliche Beratungsstelle Zittau' }).click();
		const summary = page.getByRole('alert').filter({ hasText: 'Bitte prüfen Sie eine Angabe' });
		await expect(summary.getByRole('link')).toHaveText(
			'Die persönliche Nachricht darf höchstens 1.000 Zeichen lang sein (jetzt 1.099).'
		);
		await expect(advice.getByLabel('Persönliche Nachricht an beide Seiten (freiwillig)')).toHaveValue(note.trim());
		await expect(advice).not.toContainText('bereits');
		expect((await readMailbox()).length).toBe(seen.length);
	});

	test('a declined match keeps the optional reason', async () => {
		await page.goto(`/koordination/vermittlung/${slug}`);
		const match = page.locator('li.match').filter({ hasText: 'Polizeirevier Zittau' });
		await match.getByLabel('Neuer Status').selectOption('abgelehnt');
		await match.getByLabel('Grund bei „abgelehnt“ (freiwillig)').fill('Termin passt dem Revier nicht.');
		await match.getByRole('button', { name: 'Status speichern' }).click();
		await expect(page.getByText('Der neue Status steht in der Liste unten.')).toBeVisible();
		await expect(page.getByRole('heading', { name: /^Polizeirevier Zittau\s*: abgelehnt$/ })).toBeVisible();
		await expect(page.getByText('Grund der Ablehnung: Termin passt dem Revier nicht.')).toBeVisible();
	});

	test('the school\'s organization page lists the proposal under "Projekte und Arbeitsgruppen"', async () => {
		await page.goto(`/koordination/organisationen/${SCHOOL.organization.slug}`);
		const section = page.getByRole('region', { name: 'Projekte und Arbeitsgruppen' });
		await expect(section.locator(`a[href="/koordination/vermittlung/${slug}"]`)).toHaveText(title);
		expect(await axeViolations(page)).toEqual([]);
	});

	for (const where of [
		'/koordination/vermittlung',
		`/koordination/vermittlung/${slug}`,
		'/koordination/vermittlung/uebersicht'
	]) {
		test(`axe-core finds no violations on ${where.replace(slug, '[Vorhaben]')}`, async () => {
			await page.goto(where);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			expect(await axeViolations(page)).toEqual([]);
		});
	}

	test('a visitor without a session is sent to the login from a real proposal', async ({ request }) => {
		const response = await request.get(`/koordination/vermittlung/${slug}`, {
			maxRedirects: 0,
			headers: { Accept: 'text/html' }
		});
		expect(response.status()).toBe(303);
		expect(response.headers()['location']).toMatch(/^\/anmelden/);
	});
});
