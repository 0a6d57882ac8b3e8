import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartner, updatePartner } from '../../src/lib/server/partners/service';
import type { ContactInput } from '../../src/lib/server/partners/types';
import { PARTNERS_INDEX } from '../../src/lib/server/partners/service';
import { makePartnerInput } from '../fixtures/partners';
import { startTestRuntime, type TestRuntime } from '../helpers/test-runtime';

const consenting: ContactInput = {
	name: 'Erika Mustermann',
	role: 'Präventionsbeauftragte',
	phone: '03583 111111',
	email: 'erika.mustermann@example.org',
	publishConsent: true,
	consentGivenAt: '2026-11-01T09:00:00.000Z'
};
const withoutConsent: ContactInput = {
	name: 'Bernd Verborgen',
	role: 'Hausmeister',
	phone: '03583 999999',
	email: 'bernd.verborgen@example.org',
	publishConsent: false,
	consentGivenAt: null
};

describe('contact persons in the search index', () => {
	let rt: TestRuntime;
	let partnerId: number;

	beforeAll(async () => {
		rt = await startTestRuntime();
		partnerId = await createPartner(
			rt.db,
			makePartnerInput({ name: 'Präventionsrat Zittau', contacts: [consenting, withoutConsent] })
		);
		await rt.drain();
	});
	afterAll(async () => {
		await rt?.cleanup();
	});

	const search = async (q: string) =>
		(await rt.search.searchClient()!.index(PARTNERS_INDEX).search(q)).hits.map((h) => h.id);
	const storedDocuments = async () =>
		JSON.stringify(await rt.search.adminClient().index(PARTNERS_INDEX).getDocuments({ limit: 1000 }));

	it('finds a partner by the name of a contact person who consented', async () => {
		expect(await search('Mustermann')).toEqual([partnerId]);
		expect(await storedDocuments()).toContain('Erika Mustermann');
	});

	it('never finds or stores a contact person who did not consent', async () => {
		expect(await search('Verborgen')).toEqual([]);
		expect(await search('999999')).toEqual([]);
		const stored = await storedDocuments();
		for (const secret of ['Verborgen', 'Hausmeister', '999999', 'bernd.verborgen']) {
			expect(stored).not.toContain(secret);
		}
	});

	it('drops a contact person from the index when the consent is withdrawn', async () => {
		await updatePartner(
			rt.db,
			partnerId,
			makePartnerInput({ name: 'Präventionsrat Zittau', contacts: [{ ...consenting, publishConsent: false }] })
		);
		await rt.drain();
		expect(await search('Mustermann')).toEqual([]);
		expect(await storedDocuments()).not.toContain('Mustermann');
	});
});
