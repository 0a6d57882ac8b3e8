import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDirectoryQuery } from '../../src/lib/directory/query';
import { createPartner, PARTNERS_INDEX } from '../../src/lib/server/partners/service';
import { listVocabulary } from '../../src/lib/server/vocabulary/queries';
import { deleteVocabularyConcept, saveVocabularyConcept } from '../../src/lib/server/vocabulary/service';
import { searchDirectory } from '../../search/directory';
import { makePartnerInput } from '../fixtures/partners';
import { startTestRuntime, type TestRuntime } from '../helpers/test-runtime';

describe('the search vocabulary the coordinator edits', () => {
	let rt: TestRuntime;
	const slugs = async (q: string) =>
		(await searchDirectory(rt, parseDirectoryQuery(new URLSearchParams({ q })))).hits.map((h) => h.slug);

	beforeAll(async () => {
		rt = await startTestRuntime();
		const partners = [
			{
				name: 'Tafel Zittau',
				slug: 'tafel-zittau',
				category: 'soziales',
				description: 'Lebensmittelausgabe für Menschen mit wenig Geld.'
			},
			{
				name: 'Verkehrswacht Zittau',
				slug: 'verkehrswacht',
				category: 'verein-ehrenamt',
				topics: ['verkehrssicherheit']
			}
		];
		for (const partner of partners) await createPartner(rt.db, makePartnerInput(partner));
		await rt.drain();
	});
	afterAll(async () => {
		await rt?.cleanup();
	});

	it("is seeded by the migration with the field's concepts in four languages", async () => {
		const labels = (await listVocabulary(rt.db)).map((c) => c.label);
		expect(labels).toEqual(
			expect.arrayContaining([
				'Mobbing',
				'Sucht',
				'Häusliche Gewalt',
				'Schockanruf',
				'Einbruch',
				'Bürgerpolizist'
			])
		);
		const settings = await rt.search.adminClient().index(PARTNERS_INDEX).getSettings();
		expect(settings.synonyms?.['domácí násilí']).toEqual(['häusliche gewalt']);
	});

	it('understands a new word once the coordinator adds it, and the index gets it as a synonym', async () => {
		expect(await slugs('polévka zdarma')).not.toContain('tafel-zittau');
		const id = await saveVocabularyConcept(rt.db, null, {
			label: 'Essen',
			searchTerms: 'lebensmittelausgabe',
			topicCodes: [],
			words: ['polévka zdarma', 'suppe umsonst*'],
			danger: false
		});
		await rt.drain();
		expect((await slugs('polévka zdarma'))[0]).toBe('tafel-zittau');
		expect((await slugs('Suppe umsonst bekommen'))[0]).toBe('tafel-zittau');
		const settings = await rt.search.adminClient().index(PARTNERS_INDEX).getSettings();
		expect(settings.synonyms?.['polévka zdarma']).toEqual(['lebensmittelausgabe']);

		await deleteVocabularyConcept(rt.db, id);
		await rt.drain();
		expect(await slugs('polévka zdarma')).not.toContain('tafel-zittau');
		expect(
			(await rt.search.adminClient().index(PARTNERS_INDEX).getSettings()).synonyms?.['polévka zdarma']
		).toBeUndefined();
	});

	it('marks a query about acute danger, in any language, and only such a query', async () => {
		const danger = async (q: string) =>
			(await searchDirectory(rt, parseDirectoryQuery(new URLSearchParams({ q })))).danger;
		expect(await danger('Mein Mann schlägt mich')).toBe(true);
		expect(await danger('domácí násilí')).toBe(true);
		expect(await danger('Verkehrswacht')).toBe(false);
	});

	it('answers a sentence whose first words no partner uses by the rarer word a partner does use', async () => {
		// Meilisearch keeps the first word and never drops one no partner uses ("whos", "handing").
		expect((await slugs('whos handing out Lebensmittelausgabe near me'))[0]).toBe('tafel-zittau');
		expect(await slugs('whos handing out xylophones')).toEqual([]);
	});
});
