import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDirectoryQuery } from '../../src/lib/directory/query';
import type { DirectoryResult } from '../../src/lib/directory/types';
import { searchDirectory, taxonomyLabels } from '../../search/directory';
import { searchPartnersInDatabase } from '../../search/partner-fallback';
import { createPartner } from '../../src/lib/server/partners/service';
import type { PartnerInput } from '../../src/lib/server/partners/types';
import type { Runtime } from '../../src/lib/server/runtime';
import { SearchConnection } from '../../search/connection';
import { PARTNERS_INDEX } from '../../src/lib/server/partners/service';
import { partnerIndexSettings } from '../../search/settings';
import { makePartnerInput } from '../fixtures/partners';
import { startTestRuntime, type TestRuntime } from '../helpers/test-runtime';

const hirschfelde = { street: 'Hauptstraße 5', postalCode: '02788', city: 'Zittau', ortsteil: 'hirschfelde' };

const NEIGHBOURHOODS = 'Anker Brücke Clara Dorf Eiche Fichte Glocke Heimat Insel Jahn Kranich Linde'.split(' ');

const partners: Partial<PartnerInput>[] = [
	{
		name: 'Polizeirevier Zittau',
		category: 'polizei',
		topics: ['einbruchschutz', 'kriminalpraevention'],
		languages: ['de', 'pl'],
		wheelchairAccessible: true,
		description: 'Ansprechpartner der Polizei für Anzeigen und Beratung zum Schutz vor Einbrüchen.',
		phones: [{ number: '03583 612345', label: null }]
	},
	{
		name: 'Polizeiposten Hirschfelde',
		category: 'polizei',
		topics: ['verkehrssicherheit'],
		address: { ...makePartnerInput().address!, ...hirschfelde }
	},
	{ name: 'Familienzentrum Regenbogen', category: 'jugendhilfe', topics: ['jugendschutz'] },
	{
		name: 'Verbraucherzentrale Zittau',
		category: 'beratung',
		topics: ['kriminalpraevention'],
		description: 'Hilft Seniorinnen und Senioren, Betrug an der Haustür und am Telefon zu erkennen.'
	},
	{
		name: 'Frauenschutzhaus Oberlausitz',
		category: 'soziales',
		topics: ['haeusliche-gewalt'],
		wheelchairAccessible: true
	},
	{
		name: 'Diakonie Beratungsstelle',
		category: 'gesundheit',
		topics: ['suchtpraevention'],
		offer: 'Gespräche über Drogen und Alkohol.'
	},
	...NEIGHBOURHOODS.map((word) => ({
		name: `Nachbarschaftsverein ${word}`,
		category: 'verein-ehrenamt',
		topics: ['nachbarschaft']
	})),
	{ name: 'Geheime Polizeistelle', category: 'polizei', status: 'draft' }
];

const slugsOf = (result: DirectoryResult) => result.hits.map((h) => h.slug);
const namesOf = (result: DirectoryResult) => result.hits.map((h) => h.name.map((r) => r.text).join(''));
const counts = (values: { code: string; count: number }[]) => Object.fromEntries(values.map((v) => [v.code, v.count]));

describe('partner directory search', () => {
	let rt: TestRuntime;
	const search = (url: string) => searchDirectory(rt, parseDirectoryQuery(new URLSearchParams(url)));

	beforeAll(async () => {
		rt = await startTestRuntime();
		for (const partner of partners) await createPartner(rt.db, makePartnerInput(partner));
		await rt.drain();
	});
	afterAll(async () => {
		await rt?.cleanup();
	});

	it('applies the index settings on Meilisearch 1.21', async () => {
		const applied = await rt.search.adminClient().index(PARTNERS_INDEX).getSettings();
		expect(applied).toMatchObject({
			searchableAttributes: partnerIndexSettings.searchableAttributes,
			displayedAttributes: partnerIndexSettings.displayedAttributes,
			typoTolerance: { disableOnAttributes: ['phones', 'postalCode'], disableOnNumbers: true },
			pagination: { maxTotalHits: 1000 },
			faceting: { maxValuesPerFacet: 100 }
		});
		// Meilisearch keeps these as sets and answers in its own order.
		const sorted = (list: unknown[] | null | undefined) => list?.slice().sort();
		expect(sorted(applied.filterableAttributes)).toEqual(sorted(partnerIndexSettings.filterableAttributes));
		expect(sorted(applied.sortableAttributes)).toEqual(['nameSort', 'targetGroupCentrality', 'topicCentrality']);
		expect(applied.synonyms?.['przemoc domowa']).toEqual(['häusliche gewalt']);
		expect(applied.stopWords?.map((word) => word.normalize('NFC'))).toContain('für');
	});

	it('finds the police when a citizen types "Polizie"', async () => {
		expect(namesOf(await search('q=Polizie'))).toContain('Polizeirevier Zittau');
	});

	it('finds the police when a citizen types "Bürgerpolizist"', async () => {
		const names = namesOf(await search('q=Bürgerpolizist'));
		expect(names.sort()).toEqual(['Polizeiposten Hirschfelde', 'Polizeirevier Zittau']);
	});

	it('finds youth welfare partners when a citizen types "Jugendamt"', async () => {
		expect(namesOf(await search('q=Jugendamt'))).toEqual(['Familienzentrum Regenbogen']);
	});

	it('finds partners who help against fraud when a citizen types "Enkeltrick" or "Schockanruf"', async () => {
		expect(namesOf(await search('q=Enkeltrick'))).toEqual(['Verbraucherzentrale Zittau']);
		expect(namesOf(await search('q=Schockanruf'))).toEqual(['Verbraucherzentrale Zittau']);
	});

	it('understands the two words "falscher Polizist" as fraud', async () => {
		expect(namesOf(await search('q=falscher%20Polizist'))).toContain('Verbraucherzentrale Zittau');
	});

	it('finds addiction help when a citizen types "Sucht"', async () => {
		expect(namesOf(await search('q=Sucht'))).toEqual(['Diakonie Beratungsstelle']);
	});

	it('marks the matching part of the name and shows a summary', async () => {
		const [hit] = (await search('q=Polizeirevier')).hits;
		expect(hit.name).toEqual([
			{ text: 'Polizeirevier', mark: true },
			{ text: ' Zittau', mark: false }
		]);
		expect(hit.summary.map((r) => r.text).join('')).toContain('Ansprechpartner der Polizei');
		expect(hit).toMatchObject({ category: { code: 'polizei', label: 'Polizei' }, phone: '03583 612345' });
	});

	it('finds a partner by its exact phone number but not by one a digit off', async () => {
		expect(namesOf(await search('q=612345'))).toEqual(['Polizeirevier Zittau']);
		expect((await search('q=612346')).total).toBe(0);
	});

	it('never shows a partner that is not published', async () => {
		expect(namesOf(await search('q=Polizeistelle'))).not.toContain('Geheime Polizeistelle');
	});

	it('filters by category and still counts what the other categories would find', async () => {
		const result = await search('kategorie=polizei');
		expect(result.total).toBe(2);
		expect(counts(result.facets.kategorie)).toMatchObject({ polizei: 2, 'verein-ehrenamt': 12, soziales: 1 });
		expect(result.facets.kategorie.find((v) => v.code === 'polizei')?.selected).toBe(true);
		expect(counts(result.facets.thema)).toEqual({
			einbruchschutz: 1,
			kriminalpraevention: 1,
			verkehrssicherheit: 1
		});
		expect(result.facets.barrierefrei).toEqual({ count: 1, selected: false });
	});

	it('combines values of one facet with OR and different facets with AND', async () => {
		const either = await search('kategorie=polizei&kategorie=soziales');
		expect(either.total).toBe(3);
		const both = await search('kategorie=polizei&thema=einbruchschutz');
		expect(namesOf(both)).toEqual(['Polizeirevier Zittau']);
		expect(counts(both.facets.kategorie)).toEqual({ polizei: 1 });
		expect(counts(both.facets.thema)).toMatchObject({ einbruchschutz: 1, verkehrssicherheit: 1 });
	});

	it('filters by Ortsteil of the address, language and accessibility', async () => {
		expect(namesOf(await search('ortsteil=hirschfelde'))).toEqual(['Polizeiposten Hirschfelde']);
		expect(namesOf(await search('sprache=pl'))).toEqual(['Polizeirevier Zittau']);
		const accessible = await search('barrierefrei=ja');
		expect(accessible.total).toBe(2);
		expect(accessible.facets.barrierefrei).toEqual({ count: 2, selected: true });
	});

	it('drops facet values the taxonomies do not know', async () => {
		const result = await search('kategorie=polizei&kategorie=erfunden');
		expect(result.query.kategorie).toEqual(['polizei']);
		expect(result.total).toBe(2);
	});

	it('sorts by name when asked to', async () => {
		const names = namesOf(await search('q=Nachbarschaftsverein&sort=name'));
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'de')));
		expect(names[0]).toBe('Nachbarschaftsverein Anker');
	});

	it('pages by ten and answers a page beyond the last with the last page', async () => {
		const first = await search('q=Nachbarschaftsverein&sort=name');
		expect(first).toMatchObject({ total: 12, page: 1, pageSize: 10, totalPages: 2 });
		expect(first.hits).toHaveLength(10);
		const beyond = await search('q=Nachbarschaftsverein&sort=name&seite=7');
		expect(beyond).toMatchObject({ page: 2, totalPages: 2, query: { seite: 2 } });
		expect(namesOf(beyond)).toEqual(['Nachbarschaftsverein Kranich', 'Nachbarschaftsverein Linde']);
	});

	it('answers a search without hits with an empty first page', async () => {
		expect(await search('q=Xylophonorchester&seite=3')).toMatchObject({
			total: 0,
			page: 1,
			totalPages: 0,
			hits: []
		});
	});

	describe('without Meilisearch', () => {
		it('gives the same hits, filters and counts from SQLite, marked as degraded', async () => {
			const terms = await taxonomyLabels(rt.db);
			const urls = [
				'',
				'kategorie=polizei',
				'kategorie=polizei&thema=einbruchschutz',
				'ortsteil=hirschfelde',
				'barrierefrei=1&seite=9'
			];
			for (const url of urls) {
				const query = parseDirectoryQuery(new URLSearchParams(url));
				const fromMeili = await searchDirectory(rt, query);
				const fromSqlite = await searchPartnersInDatabase(rt.db, query, terms);
				expect(fromSqlite.degraded).toBe(true);
				// This network has no guides; the directory's guide suggestions are tested with the portal search.
				expect({
					...fromSqlite,
					hits: slugsOf(fromSqlite),
					degraded: false,
					danger: false,
					guides: []
				}).toEqual({
					...fromMeili,
					hits: slugsOf(fromMeili)
				});
			}
		});

		it('matches name and description case-insensitively and takes % and _ literally', async () => {
			const terms = await taxonomyLabels(rt.db);
			const query = (q: string) => parseDirectoryQuery(new URLSearchParams({ q }));
			const names = async (q: string) => namesOf(await searchPartnersInDatabase(rt.db, query(q), terms));
			expect(await names('POLIZEIREVIER')).toEqual(['Polizeirevier Zittau']);
			expect(await names('haustür betrug')).toEqual(['Verbraucherzentrale Zittau']);
			expect(await names('%')).toEqual([]);
			expect(await names('_')).toEqual([]);
			expect(await names('Polizeistelle')).toEqual([]);
		});

		it('falls back to SQLite when Meilisearch cannot be reached', async () => {
			const unreachable = new SearchConnection({ url: 'http://127.0.0.1:1', masterKey: 'unused', db: rt.db });
			const runtime: Runtime = { ...rt, search: unreachable };
			try {
				const result = await searchDirectory(runtime, parseDirectoryQuery(new URLSearchParams('q=Polizei')));
				expect(result.degraded).toBe(true);
				expect(namesOf(result)).toEqual(['Polizeiposten Hirschfelde', 'Polizeirevier Zittau']);
			} finally {
				unreachable.close();
			}
		});

		it('falls back to SQLite when Meilisearch stops answering mid-flight', async () => {
			await rt.meili.kill();
			const result = await search('kategorie=polizei');
			expect(result).toMatchObject({ degraded: true, total: 2 });
		});
	});
});
