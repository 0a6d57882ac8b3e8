import { describe, expect, it } from 'vitest';
import { savePage } from '../../src/lib/server/pages/pages';
import { loadPublicPage } from '../../src/lib/server/pages/public-view';
import { deleteTranslation, listTranslations, saveTranslation } from '../../src/lib/server/pages/translations';
import type { PageSlug } from '../../src/lib/pages/slugs';
import type { TranslationLocale } from '../../src/lib/server/db/tables/pages';
import { useCoordinatorDatabase } from '../helpers/coordinator-database';

describe('translations of the portal pages', () => {
	const portal = useCoordinatorDatabase();
	const translate = (slug: PageSlug, locale: TranslationLocale, title: string, body: string) =>
		saveTranslation(portal.db, slug, locale, { title, body }, portal.coordinatorId);

	it('shows a page never saved in German in its template until a translation is entered, then the translation', async () => {
		expect(await loadPublicPage(portal.db, 'datenschutz', 'cs')).toMatchObject({ language: 'de' });
		await translate('datenschutz', 'cs', 'Ochrana osobních údajů', 'Správcem je **město Žitava**.');
		const czech = await loadPublicPage(portal.db, 'datenschutz', 'cs');
		expect(czech).toMatchObject({ title: 'Ochrana osobních údajů', language: 'cs' });
		expect(czech.html).toContain('<strong>město Žitava</strong>');
		expect(await loadPublicPage(portal.db, 'datenschutz', 'pl')).toMatchObject({ language: 'de' });
		expect(await loadPublicPage(portal.db, 'datenschutz', 'de')).toMatchObject({ language: 'de' });
	});

	it('replaces a translation when saved again and keeps the German history apart', async () => {
		await savePage(portal.db, 'impressum', { title: 'Impressum', body: 'Deutsch' }, portal.coordinatorId);
		await translate('impressum', 'en', 'Legal notice', 'First');
		await translate('impressum', 'en', 'Legal notice', 'Second <script>alert(1)</script>');
		const english = await loadPublicPage(portal.db, 'impressum', 'en');
		expect(english.html).toContain('Second');
		expect(english.html).not.toContain('<script');
		expect((await listTranslations(portal.db, 'impressum')).map((t) => t.locale)).toEqual(['en']);
		expect((await loadPublicPage(portal.db, 'impressum', 'de')).html).toContain('Deutsch');
	});

	it('falls back to the German page once the translation is deleted', async () => {
		expect(await deleteTranslation(portal.db, 'impressum', 'en')).toBe(true);
		expect(await loadPublicPage(portal.db, 'impressum', 'en')).toMatchObject({
			title: 'Impressum',
			language: 'de'
		});
		expect(await deleteTranslation(portal.db, 'impressum', 'en')).toBe(false);
	});
});
