import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/lib/server/auth/users';
import { savePage } from '../../src/lib/server/pages/pages';
import { loadPublicPage } from '../../src/lib/server/pages/public-view';
import { deleteTranslation, listTranslations, saveTranslation } from '../../src/lib/server/pages/translations';
import { createTestDatabase, type TestDatabase } from '../helpers/test-env';

describe('translations of the portal pages', () => {
	let database: TestDatabase;
	let coordinatorId: number;

	beforeAll(async () => {
		database = await createTestDatabase();
		coordinatorId = await createUser(database.db, {
			email: 'koordination@zittau.example',
			name: 'Erika Muster',
			role: 'coordinator'
		});
	});
	afterAll(async () => {
		await database?.cleanup();
	});

	it('shows a page never saved in German in its template until a translation is entered, then the translation', async () => {
		expect(await loadPublicPage(database.db, 'datenschutz', 'cs')).toMatchObject({ language: 'de' });
		await saveTranslation(
			database.db,
			'datenschutz',
			'cs',
			{ title: 'Ochrana osobních údajů', body: 'Správcem je **město Žitava**.' },
			coordinatorId
		);
		const czech = await loadPublicPage(database.db, 'datenschutz', 'cs');
		expect(czech).toMatchObject({ title: 'Ochrana osobních údajů', language: 'cs' });
		expect(czech.html).toContain('<strong>město Žitava</strong>');
		expect(await loadPublicPage(database.db, 'datenschutz', 'pl')).toMatchObject({ language: 'de' });
		expect(await loadPublicPage(database.db, 'datenschutz', 'de')).toMatchObject({ language: 'de' });
	});

	it('replaces a translation when saved again and keeps the German history apart', async () => {
		await savePage(database.db, 'impressum', { title: 'Impressum', body: 'Deutsch' }, coordinatorId);
		await saveTranslation(database.db, 'impressum', 'en', { title: 'Legal notice', body: 'First' }, coordinatorId);
		await saveTranslation(
			database.db,
			'impressum',
			'en',
			{ title: 'Legal notice', body: 'Second <script>alert(1)</script>' },
			coordinatorId
		);
		const english = await loadPublicPage(database.db, 'impressum', 'en');
		expect(english.html).toContain('Second');
		expect(english.html).not.toContain('<script');
		expect((await listTranslations(database.db, 'impressum')).map((t) => t.locale)).toEqual(['en']);
		expect((await loadPublicPage(database.db, 'impressum', 'de')).html).toContain('Deutsch');
	});

	it('falls back to the German page once the translation is deleted', async () => {
		expect(await deleteTranslation(database.db, 'impressum', 'en')).toBe(true);
		expect(await loadPublicPage(database.db, 'impressum', 'en')).toMatchObject({
			title: 'Impressum',
			language: 'de'
		});
		expect(await deleteTranslation(database.db, 'impressum', 'en')).toBe(false);
	});
});
