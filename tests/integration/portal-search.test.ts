import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../src/lib/server/demo/seed-partners';
import { DEMO_GUIDES } from '../../src/lib/server/demo/guides';
import { createNewsItem } from '../../src/lib/server/news/service';
import { emptyProposalValues } from '../../src/lib/server/proposals/proposal-form';
import { createProposal } from '../../src/lib/server/proposals/service';
import { createGuide, updateGuide } from '../../src/lib/server/guides/service';
import { getGuideForEditing } from '../../src/lib/server/guides/queries';
import { searchPortal } from '../../search/portal-search';
import { searchPortalInDatabase } from '../../search/portal-fallback';
import { taxonomyLabels } from '../../search/directory';
import { PORTAL_GROUPS } from '../../search/portal-types';
import { startTestRuntime, type TestRuntime } from '../helpers/test-runtime';
import typicalSearches from '../fixtures/guide-queries.json';

type Lang = 'de' | 'en' | 'pl' | 'cs';

// Typical searches for each demo guide, in the words of the relevance suite where it has them.
const TYPICAL: Record<string, Record<Lang, string[]>> = typicalSearches;

const SECRET = 'Quellwasserzauber';

describe('the portal-wide search', () => {
	let rt: TestRuntime;

	beforeAll(async () => {
		rt = await startTestRuntime();
		await seedDemoData(rt.db, { today: new Date('2026-12-01T10:00:00Z') });
		// Internal things that share one unusual word: none may appear in any group.
		await createGuide(
			rt.db,
			{
				title: `Entwurf ${SECRET}`,
				summary: 'Ein Ratgeber, der noch nicht fertig ist.',
				firstSteps: '- Noch nichts.',
				emergency: 'Rufen Sie 110.',
				keywords: SECRET,
				aboutDanger: false,
				published: false,
				topics: [],
				partners: []
			},
			null
		);
		const coordinator = await rt.db
			.selectFrom('users')
			.select('id')
			.where('role', '=', 'coordinator')
			.executeTakeFirstOrThrow();
		await createNewsItem(
			rt.db,
			{ kind: 'press_release', title: `Entwurf ${SECRET}`, teaser: SECRET, body: SECRET, event: null },
			{ authorId: coordinator.id }
		);
		const school = await rt.db
			.selectFrom('organizations')
			.select('id')
			.where('status', '=', 'published')
			.executeTakeFirstOrThrow();
		await createProposal(
			rt.db,
			{
				organizationId: school.id,
				userId: coordinator.id,
				values: {
					...emptyProposalValues(school.id),
					title: `Intern ${SECRET}`,
					summary: SECRET,
					visibility: 'partners'
				},
				open: true
			},
			'http://portal.test'
		);
		await rt.drain();
	}, 120_000);
	afterAll(async () => {
		await rt?.cleanup();
	});

	const guidesFor = async (q: string, locale: Lang) =>
		(await searchPortal(rt, { q, locale, limit: 3 })).groups.ratgeber.hits.map((hit) => hit.slug);

	describe.each(DEMO_GUIDES.map((guide) => guide.slug))('finds the guide "%s"', (slug) => {
		it.each(['de', 'en', 'pl', 'cs'] as const)(
			'among the first three for its typical searches in %s',
			async (locale) => {
				for (const q of TYPICAL[slug][locale]) {
					expect({ q, found: await guidesFor(q, locale) }).toEqual({
						q,
						found: expect.arrayContaining([slug])
					});
				}
			}
		);
	});

	it("shows the guide in the reader's language", async () => {
		const [hit] = (await searchPortal(rt, { q: 'Schockanruf', locale: 'pl', limit: 3 })).groups.ratgeber.hits;
		expect(hit.title).toBe('Co robić po telefonie oszusta („na wnuczka”)?');
	});

	it('finds contacts, guides, the news on Schockanrufe and the public proposal in one answer', async () => {
		const result = await searchPortal(rt, { q: 'Schockanruf', locale: 'de', limit: 5 });
		expect(result.degraded).toBe(false);
		expect(result.groups.kontakte.hits.map((h) => h.slug)).toContain('polizeiliche-beratungsstelle-zittau');
		expect(result.groups.ratgeber.hits[0].slug).toBe('schockanruf-und-enkeltrick');
		expect(result.groups.aktuelles.total).toBeGreaterThan(0);
		expect(result.groups.projekte.hits.map((h) => h.title)).toContain(
			'Aktionstage gegen Enkeltrick und Schockanrufe in der Innenstadt'
		);
	});

	it("finds public proposals and the KPR's own pages", async () => {
		const proposals = await searchPortal(rt, { q: 'Graffiti-Workshop', locale: 'de', limit: 5 });
		expect(proposals.groups.projekte.hits.map((h) => h.title)).toContain(
			'Graffiti-Workshop an der Alten Feuerwache'
		);
		// The demo's walk-about in the Weinaupark is for partners only.
		const internal = await searchPortal(rt, { q: 'Sicherheitsbegehung Weinaupark', locale: 'de', limit: 5 });
		expect(internal.groups.projekte.total).toBe(0);
		const pages = await searchPortal(rt, { q: 'Impressum', locale: 'de', limit: 5 });
		expect(pages.groups.seiten.hits.map((h) => h.slug)).toContain('impressum');
	});

	it('shows nothing unpublished or internal, from Meilisearch or from SQLite', async () => {
		const fromMeili = await searchPortal(rt, { q: SECRET, locale: 'de', limit: 50 });
		const fromDatabase = await searchPortalInDatabase(rt.db, {
			q: SECRET,
			locale: 'de',
			terms: await taxonomyLabels(rt.db),
			limitOf: () => 50
		});
		for (const group of PORTAL_GROUPS) {
			expect({ group, total: fromMeili.groups[group].total }).toEqual({ group, total: 0 });
			expect({ group, total: fromDatabase.groups[group].total }).toEqual({ group, total: 0 });
		}
	});

	it('answers from SQLite with the same groups', async () => {
		const result = await searchPortalInDatabase(rt.db, {
			q: 'Enkeltrick',
			locale: 'de',
			terms: await taxonomyLabels(rt.db),
			limitOf: () => 5
		});
		expect(result.degraded).toBe(true);
		expect(result.groups.ratgeber.hits.map((h) => h.slug)).toEqual(['schockanruf-und-enkeltrick']);
		expect(result.groups.kontakte.total).toBeGreaterThan(0);
	});

	it('finds a guide once it is published, and no longer once it is a draft again', async () => {
		const guide = (await getGuideForEditing(rt.db, 'stalking'))!;
		await updateGuide(rt.db, guide.id, { ...guide, published: false }, 1);
		await rt.drain();
		expect(await guidesFor('Stalking', 'de')).not.toContain('stalking');
		await updateGuide(rt.db, guide.id, { ...guide, published: true }, 1);
		await rt.drain();
		expect(await guidesFor('Stalking', 'de')).toContain('stalking');
	});
});
