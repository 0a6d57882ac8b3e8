import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDirectoryQuery } from '../../src/lib/directory/query';
import { createUser } from '../../src/lib/server/auth/users';
import { readConfig } from '../../src/lib/server/config';
import { createGuide } from '../../src/lib/server/guides/service';
import { createPartner } from '../../src/lib/server/partners/service';
import { applyRetention } from '../../src/lib/server/retention/retention';
import { countDirectorySearch, countPortalSearch } from '../../src/lib/server/search-gaps/count';
import { getSearchGapReport } from '../../src/lib/server/search-gaps/queries';
import { countOpenedResult, flushSearchCounts } from '../../src/lib/server/search-gaps/record';
import { addGapToVocabulary, linkGapToGuide } from '../../src/lib/server/search-gaps/steps';
import { listVocabulary } from '../../src/lib/server/vocabulary/queries';
import { searchDirectory } from '../../search/directory';
import { searchPortal } from '../../search/portal-search';
import { searchGuides } from '../../search/guide-search';
import { makePartnerInput } from '../fixtures/partners';
import { startTestRuntime, type TestRuntime } from '../helpers/test-runtime';
import { weekOf } from '../../src/lib/server/search-gaps/normalize';

describe('the search gaps for the coordinator', () => {
	let rt: TestRuntime;
	const week = weekOf(new Date());

	/** A citizen's search on /netzwerk as the API serves and counts it. */
	const searchInDirectory = async (q: string, extra: Record<string, string> = {}, live = false) => {
		const query = parseDirectoryQuery(new URLSearchParams({ q, ...extra }));
		const result = await searchDirectory(rt, query, 'de');
		countDirectorySearch(rt.db, query, result, { locale: 'de', live });
		return result;
	};
	/** The stored row, once the counts kept in memory are written. */
	const row = async (query: string, kind = 'directory') => {
		await flushSearchCounts(rt.db);
		return rt.db
			.selectFrom('search_gap_counts')
			.select(['week', 'searches', 'zero_result_searches', 'opened_results'])
			.where('query', '=', query)
			.where('kind', '=', kind as 'directory')
			.executeTakeFirst();
	};

	beforeAll(async () => {
		rt = await startTestRuntime();
		await createPartner(
			rt.db,
			makePartnerInput({
				name: 'Tafel Zittau',
				slug: 'tafel-zittau',
				description: 'Lebensmittelausgabe am Markt.'
			})
		);
		await rt.drain();
	});
	afterAll(async () => {
		await rt?.cleanup();
	});

	it('stores nothing but the week, the words, the language, the kind and the counts', async () => {
		const columns = await sql<{ name: string }>`select name from pragma_table_info('search_gap_counts')`.execute(
			rt.db
		);
		expect(columns.rows.map((c) => c.name)).toEqual([
			'week',
			'query',
			'locale',
			'kind',
			'searches',
			'zero_result_searches',
			'opened_results',
			'handled'
		]);
	});

	it('counts a search without results, and repeated searches in one row of the week', async () => {
		expect((await searchInDirectory('  Grünschnitt   Abholung ')).total).toBe(0);
		await searchInDirectory('grünschnitt abholung');
		await searchInDirectory('GRÜNSCHNITT ABHOLUNG');
		expect(await row('grünschnitt abholung')).toEqual({
			week,
			searches: 3,
			zero_result_searches: 3,
			opened_results: 0
		});
	});

	it('does not count further pages, filters without words, or words still being typed', async () => {
		await searchInDirectory('grünschnitt abholung', { seite: '2' });
		await searchInDirectory('', { thema: 'mobbing' });
		await searchInDirectory('grünsch', {}, true);
		expect((await row('grünschnitt abholung'))?.searches).toBe(3);
		expect(await row('grünsch')).toBeUndefined();
		await flushSearchCounts(rt.db);
		expect(await rt.db.selectFrom('search_gap_counts').select('query').where('query', '=', '').execute()).toEqual(
			[]
		);
	});

	it('writes the counted searches to the database within a second, without anyone reading them', async () => {
		await searchInDirectory('Fahrradcodierung Termin');
		const stored = () =>
			rt.db
				.selectFrom('search_gap_counts')
				.select('searches')
				.where('query', '=', 'fahrradcodierung termin')
				.executeTakeFirst();
		await expect.poll(stored, { timeout: 3_000, interval: 200 }).toEqual({ searches: 1 });
	});

	it('never stores an e-mail address or a phone number someone typed', async () => {
		await searchInDirectory('max.mustermann@example.org');
		await searchInDirectory('Tafel 0171 2345678');
		await searchInDirectory('+49 3583 1234');
		await flushSearchCounts(rt.db);
		const queries = (await rt.db.selectFrom('search_gap_counts').select('query').execute()).map((r) => r.query);
		expect(queries.some((q) => q.includes('@') || /\d{4}/.test(q))).toBe(false);
	});

	it('counts an opened result for the week’s search, and nothing for a search nobody made', async () => {
		const result = await searchInDirectory('Tafel');
		expect(result.total).toBeGreaterThan(0);
		await searchInDirectory('tafel');
		await countOpenedResult(rt.db, { q: 'Tafel ', locale: 'de', kind: 'directory' });
		expect(await row('tafel')).toEqual({ week, searches: 2, zero_result_searches: 0, opened_results: 1 });
		await countOpenedResult(rt.db, { q: 'erfunden', locale: 'de', kind: 'directory' });
		expect(await row('erfunden')).toBeUndefined();
	});

	it('counts the portal search apart, but not "alle anzeigen" of one group', async () => {
		for (const only of [undefined, undefined, 'kontakte'] as const) {
			const result = await searchPortal(rt, { q: 'Lebensmittel', locale: 'de', limit: 5, only });
			countPortalSearch(rt.db, result, { locale: 'de', onlyOneGroup: only !== undefined });
		}
		expect(await row('lebensmittel', 'portal')).toEqual({
			week,
			searches: 2,
			zero_result_searches: 0,
			opened_results: 0
		});
	});

	it('shows only queries searched at least the threshold times, in the right table', async () => {
		await searchInDirectory('einmalige seltene frage');
		const report = await getSearchGapReport(rt.db, week, 3);
		expect(report.withoutResults.map((g) => g.query)).toEqual(['grünschnitt abholung']);
		expect(report.notOpened).toEqual([]);
		const lenient = await getSearchGapReport(rt.db, week, 1);
		expect(lenient.withoutResults.map((g) => g.query)).toContain('einmalige seltene frage');
		expect(lenient.notOpened.map((g) => g.query)).toEqual(['lebensmittel']);
		expect(lenient.notOpened.map((g) => g.query)).not.toContain('tafel');
	});

	it('adds the words to the vocabulary, so the same query finds results, and hides the row', async () => {
		await searchInDirectory('essensausgabe gratis');
		expect((await searchInDirectory('essensausgabe gratis')).total).toBe(0);
		const concept = (await listVocabulary(rt.db)).find((c) => c.label === 'Lebensmittel')!;
		const done = await addGapToVocabulary(rt.db, { week, query: 'essensausgabe gratis', targetId: concept.id });
		expect(done.ok).toBe(true);
		await rt.drain();
		expect((await searchInDirectory('essensausgabe gratis')).hits.map((h) => h.slug)).toContain('tafel-zittau');
		const report = await getSearchGapReport(rt.db, week, 1);
		expect(report.withoutResults.map((g) => g.query)).not.toContain('essensausgabe gratis');

		expect(await addGapToVocabulary(rt.db, { week, query: 'grünschnitt abholung', targetId: null })).toEqual({
			ok: false,
			message: 'Bitte wählen Sie einen Begriff aus der Liste, zu dem die Wörter gehören.'
		});
	});

	it('links the words to a guide, so the guide is found for them', async () => {
		const coordinatorId = await createUser(rt.db, {
			email: 'k@example.org',
			name: 'Koordination',
			role: 'coordinator'
		});
		const guide = await createGuide(
			rt.db,
			{
				title: 'Was tun bei Müll auf der Straße?',
				summary: 'Wer hilft, wenn Abfall liegen bleibt.',
				firstSteps: '- Ordnungsamt anrufen.',
				emergency: 'Bei Gefahr 110.',
				keywords: 'abfall',
				aboutDanger: false,
				published: true,
				topics: [],
				partners: []
			},
			null
		);
		await rt.drain();
		const found = async () =>
			(await searchGuides(rt.db, rt.search, { q: 'grünschnitt abholung', locale: 'de', limit: 5 })).hits.map(
				(h) => h.slug
			);
		expect(await found()).not.toContain(guide.slug);
		const done = await linkGapToGuide(
			rt.db,
			{ week, query: 'grünschnitt abholung', targetId: guide.id },
			coordinatorId
		);
		expect(done.ok).toBe(true);
		await rt.drain();
		expect(await found()).toContain(guide.slug);
		expect((await getSearchGapReport(rt.db, week, 1)).withoutResults.map((g) => g.query)).not.toContain(
			'grünschnitt abholung'
		);
	});

	it('deletes weeks older than twelve months in the retention job', async () => {
		await rt.db
			.insertInto('search_gap_counts')
			.values([
				{ week: '2025-11-24', query: 'alt', locale: 'de', kind: 'directory', searches: 5 },
				{ week: '2025-12-08', query: 'jung genug', locale: 'de', kind: 'directory', searches: 5 }
			])
			.execute();
		const report = await applyRetention(rt.db, readConfig({}).retention, new Date('2026-12-03T10:00:00Z'));
		expect(report.searchGapRows).toBe(1);
		const weeks = (await rt.db.selectFrom('search_gap_counts').select('query').execute()).map((r) => r.query);
		expect(weeks).toContain('jung genug');
		expect(weeks).not.toContain('alt');
	});
});
