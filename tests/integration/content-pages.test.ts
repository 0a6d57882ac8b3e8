import { describe, expect, it } from 'vitest';
import { parsePageForm } from '../../src/lib/server/pages/page-form';
import {
	getPage,
	getRevision,
	listRevisions,
	restoreRevision,
	RevisionNotFoundError,
	savePage
} from '../../src/lib/server/pages/pages';
import type { PageSlug } from '../../src/lib/pages/slugs';
import { loadPublicPage } from '../../src/lib/server/pages/public-view';
import { useCoordinatorDatabase } from '../helpers/coordinator-database';
import { formData } from '../helpers/form-data';

describe('the portal’s own pages', () => {
	const portal = useCoordinatorDatabase();
	const save = (slug: PageSlug, title: string, body: string) =>
		savePage(portal.db, slug, { title, body }, portal.coordinatorId);

	it('show their template until the coordinator saves them, so a fresh installation has an Impressum', async () => {
		const imprint = await getPage(portal.db, 'impressum');
		expect(imprint).toMatchObject({ title: 'Impressum', updatedAt: null, revisionId: null });
		expect(imprint.body).toContain('§ 5 Digitale-Dienste-Gesetz');
		expect(imprint.body).toContain('§ 18 Abs. 2 Medienstaatsvertrag');
		expect((await listRevisions(portal.db, 'impressum', { limit: 20, offset: 0 })).total).toBe(0);
	});

	it('keep the template as the oldest revision when first saved, and every save as a new one with its author', async () => {
		await save('koordinierungsstelle', 'Koordinierungsstelle', 'Erste eigene Fassung.');
		await save('koordinierungsstelle', 'Koordinierungsstelle', 'Zweite Fassung.');

		const page = await getPage(portal.db, 'koordinierungsstelle');
		expect(page.body).toBe('Zweite Fassung.');
		expect(page.updatedAt).not.toBeNull();
		const { revisions, total } = await listRevisions(portal.db, 'koordinierungsstelle', { limit: 20, offset: 0 });
		expect(total).toBe(3);
		expect(revisions.map((r) => r.authorName)).toEqual(['Erika Muster', 'Erika Muster', null]);
		const template = await getRevision(portal.db, 'koordinierungsstelle', revisions[2].id);
		expect(template?.body).toContain('Manuela Greschuchna');
	});

	it('restore an older revision as a new revision and leave the history as it was', async () => {
		const before = await listRevisions(portal.db, 'koordinierungsstelle', { limit: 20, offset: 0 });
		const first = before.revisions.find((r) => r.authorName !== null && r.id !== before.revisions[0].id)!;

		await restoreRevision(portal.db, 'koordinierungsstelle', first.id, portal.coordinatorId);

		expect((await getPage(portal.db, 'koordinierungsstelle')).body).toBe('Erste eigene Fassung.');
		const after = await listRevisions(portal.db, 'koordinierungsstelle', { limit: 20, offset: 0 });
		expect(after.total).toBe(before.total + 1);
		expect(after.revisions[0].restoredFrom).toBe(first.id);
		expect(after.revisions.slice(1).map((r) => r.id)).toEqual(before.revisions.map((r) => r.id));
	});

	it('refuse to restore a revision of another page', async () => {
		await save('datenschutz', 'Datenschutzerklärung', 'Geheimer Entwurf.');
		const foreign = (await listRevisions(portal.db, 'datenschutz', { limit: 1, offset: 0 })).revisions[0];

		expect(await getRevision(portal.db, 'impressum', foreign.id)).toBeNull();
		await expect(restoreRevision(portal.db, 'impressum', foreign.id, portal.coordinatorId)).rejects.toBeInstanceOf(
			RevisionNotFoundError
		);
		expect((await getPage(portal.db, 'impressum')).revisionId).toBeNull();
	});

	it('page through a long history', async () => {
		for (let i = 1; i <= 4; i++) await save('leichte-sprache', 'Leichte Sprache', `Fassung ${i}`);
		const second = await listRevisions(portal.db, 'leichte-sprache', { limit: 2, offset: 2 });
		expect(second.total).toBe(5);
		expect(second.revisions).toHaveLength(2);
		const newest = await listRevisions(portal.db, 'leichte-sprache', { limit: 2, offset: 0 });
		expect(second.revisions[0].id).toBeLessThan(newest.revisions[1].id);
	});

	it('render Markdown harmless on the public page: no script, no event handler, no javascript: link', async () => {
		const body = [
			'## Hinweis',
			'<script>alert("x")</script>',
			'<img src="x" onerror="alert(1)">',
			'[Klick](javascript:alert(1)) und [KPR](mailto:KPR@zittau.de)'
		].join('\n\n');
		await save('ueber-den-kpr', 'Über den KPR', body);

		const { html } = await loadPublicPage(portal.db, 'ueber-den-kpr', 'de');
		expect(html).toContain('<h2>Hinweis</h2>');
		expect(html).toContain('href="mailto:KPR@zittau.de"');
		expect(html).not.toMatch(/<script|onerror|javascript:|<img/i);
	});

	it('editor form keeps the input and says in German what to fix', () => {
		const result = parsePageForm(formData({ title: 'Ab', body: '   ' }));
		expect(result).toMatchObject({
			ok: false,
			values: { title: 'Ab' },
			errors: {
				title: expect.stringContaining('mindestens 3 Zeichen'),
				body: expect.stringContaining('Text der Seite')
			}
		});
		const long = parsePageForm(formData({ title: 'Impressum', body: 'x'.repeat(50_001) }));
		expect(long.ok).toBe(false);
		expect(parsePageForm(formData({ title: ' Impressum ', body: 'Text\r\nZeile\n\n' }))).toEqual({
			ok: true,
			values: { title: 'Impressum', body: 'Text\nZeile' }
		});
	});
});
