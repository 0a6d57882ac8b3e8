import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDirectoryQuery } from '../../src/lib/directory/query';
import type { DirectoryResult } from '../../src/lib/directory/types';
import { listAuditEntries } from '../../src/lib/server/audit/queries';
import { createUser } from '../../src/lib/server/auth/users';
import { searchDirectory } from '../../search/directory';
import { loadPartnerInput } from '../../src/lib/server/partners/profile-queries';
import { getPublicPartnerBySlug } from '../../src/lib/server/partners/queries';
import { createPartner, updatePartner } from '../../src/lib/server/partners/service';
import { makePartnerInput } from '../fixtures/partners';
import { startTestRuntime, type TestRuntime } from '../helpers/test-runtime';

const text = (runs: { text: string }[]) => runs.map((r) => r.text).join('');
const slugsOf = (result: DirectoryResult) => result.hits.map((h) => h.slug);

describe('partner profiles in four languages', () => {
	let rt: TestRuntime;
	let counsellingId: number;
	const search = (url: string, locale?: string) =>
		searchDirectory(rt, parseDirectoryQuery(new URLSearchParams(url)), locale);

	beforeAll(async () => {
		rt = await startTestRuntime();
		counsellingId = await createPartner(
			rt.db,
			makePartnerInput({
				slug: 'suchtberatung',
				name: 'Suchtberatungsstelle Zittau',
				topics: ['suchtpraevention', 'jugendschutz'],
				mainTopics: ['suchtpraevention'],
				description: 'Hilft bei Problemen mit Alkohol, Drogen und Glücksspiel.',
				translations: {
					pl: {
						name: 'Poradnia Uzależnień w Żytawie',
						description: 'Pomagamy osobom uzależnionym od alkoholu, narkotyków i hazardu oraz ich bliskim.',
						offer: ''
					}
				}
			})
		);
		// Addiction is one of five side topics here, and its name comes first from A to Z.
		await createPartner(
			rt.db,
			makePartnerInput({
				slug: 'jugendclub',
				name: 'Abenteuer-Jugendclub',
				topics: ['suchtpraevention', 'gewaltpraevention', 'mobbing', 'integration', 'nachbarschaft'],
				mainTopics: ['gewaltpraevention']
			})
		);
		await createPartner(
			rt.db,
			makePartnerInput({
				slug: 'selbsthilfe',
				name: 'Selbsthilfegruppe Neuer Weg',
				topics: ['suchtpraevention'],
				mainTopics: ['suchtpraevention']
			})
		);
		await rt.drain();
	});
	afterAll(async () => {
		await rt?.cleanup();
	});

	it('finds a partner through the Polish words of its own translation', async () => {
		// "bliskim" (their relatives) is in no profile's German text and in no vocabulary concept.
		const result = await search('q=bliskim', 'pl');
		expect(slugsOf(result)).toEqual(['suchtberatung']);
	});

	it('shows the Polish name on a Polish page, marked as Polish, and German elsewhere', async () => {
		const hitOf = (result: Awaited<ReturnType<typeof search>>) =>
			result.hits.find((hit) => hit.slug === 'suchtberatung')!;
		const polish = hitOf(await search('q=Suchtberatungsstelle', 'pl'));
		expect(text(polish.name)).toBe('Poradnia Uzależnień w Żytawie');
		expect(polish.nameLang).toBe('pl');
		expect(polish.summaryLang).toBe('pl');

		const czech = hitOf(await search('q=Suchtberatungsstelle', 'cs'));
		expect(text(czech.name)).toBe('Suchtberatungsstelle Zittau');
		expect(czech.nameLang).toBeUndefined();
	});

	it('ranks a topic page by how central the topic is to each partner, not by name', async () => {
		const result = await search('thema=suchtpraevention');
		// A single main topic first, then a main topic among two, then a side topic.
		expect(slugsOf(result)).toEqual(['selbsthilfe', 'suchtberatung', 'jugendclub']);
	});

	it('keeps A–Z when a person chooses to sort by name', async () => {
		const result = await search('thema=suchtpraevention&sort=name');
		expect(slugsOf(result)).toEqual(['jugendclub', 'selbsthilfe', 'suchtberatung']);
	});

	it('audits a translation like any other field and makes it searchable through the outbox', async () => {
		const editor = await createUser(rt.db, { email: 'sucht@example.org', name: 'Sven Sucht', role: 'partner' });
		const before = (await loadPartnerInput(rt.db, counsellingId))!;
		await updatePartner(
			rt.db,
			counsellingId,
			{
				...before,
				translations: {
					...before.translations,
					cs: {
						name: 'Poradna pro závislosti Žitava',
						description: 'Pomáháme lidem se závislostí na alkoholu.',
						offer: ''
					}
				}
			},
			{ userId: editor }
		);
		const entries = await listAuditEntries(rt.db, counsellingId);
		expect(entries.map((e) => e.field).sort()).toEqual(['description_cs', 'name_cs']);
		expect(entries.find((e) => e.field === 'name_cs')).toMatchObject({
			oldValue: null,
			newValue: 'Poradna pro závislosti Žitava'
		});

		await rt.drain();
		// "Žitava", the town's Czech name, stands only in the new Czech translation.
		expect(slugsOf(await search('q=Žitava', 'cs'))).toEqual(['suchtberatung']);
		const partner = await getPublicPartnerBySlug(rt.db, 'suchtberatung');
		expect(Object.keys(partner!.translations).sort()).toEqual(['cs', 'pl']);
	});
});
