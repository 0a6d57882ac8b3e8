import { describe, expect, it } from 'vitest';
import type { PublicPartner } from '../src/lib/server/partners/types';
import { publicPartner } from '../tests/helpers/public-partner';
import { buildPartnerDocument } from './documents';

const term = (code: string, label: string) => ({ code, label });

function partner(overrides: Partial<PublicPartner> = {}): PublicPartner {
	return publicPartner({
		id: 7,
		shortName: 'PRev Zittau',
		description: 'Anzeigen, Beratung, Bürgerpolizisten.',
		offer: 'Anzeigenaufnahme rund um die Uhr',
		topics: [term('einbruchschutz', 'Einbruchschutz')],
		mainTopicCodes: ['einbruchschutz'],
		targetGroups: [term('alle', 'Alle Bürgerinnen und Bürger')],
		languages: [term('de', 'Deutsch'), term('pl', 'Polnisch')],
		ortsteile: [term('pethau', 'Pethau')],
		email: 'revier@example.org',
		updatedAt: '2026-10-01T10:00:00.000Z',
		address: {
			name: null,
			street: 'Hochwaldstraße 1',
			postalCode: '02763',
			city: 'Zittau',
			ortsteil: term('innenstadt', 'Innenstadt'),
			latitude: 50.89,
			longitude: 14.8
		},
		phones: [{ number: '03583 62-0', label: 'Zentrale' }],
		contacts: [{ name: 'Petra Beispiel', role: 'Bürgerpolizistin', phone: '03583 62-100', email: null }],
		schedules: [],
		...overrides
	});
}

describe('the search document of a partner', () => {
	it('carries labels to search and codes to filter by', () => {
		const doc = buildPartnerDocument(partner());
		expect(doc).toMatchObject({
			id: 7,
			category: 'Polizei',
			categoryCode: 'polizei',
			topics: ['Einbruchschutz'],
			topicCodes: ['einbruchschutz'],
			languageCodes: ['de', 'pl'],
			wheelchairAccessible: true,
			nameSort: 'polizeirevier zittau'
		});
	});

	it('counts the Ortsteil of the address as served, first and only once', () => {
		expect(buildPartnerDocument(partner()).ortsteilCodes).toEqual(['innenstadt', 'pethau']);
		const alreadyListed = partner({ ortsteile: [term('innenstadt', 'Innenstadt')] });
		expect(buildPartnerDocument(alreadyListed).ortsteilCodes).toEqual(['innenstadt']);
	});

	it('makes contact persons findable by name, role and phone', () => {
		const doc = buildPartnerDocument(partner());
		expect(doc.contactNames).toEqual(['Petra Beispiel']);
		expect(doc.contactRoles).toEqual(['Bürgerpolizistin']);
		expect(doc.phones).toEqual(['03583 62-0', '03583 62-100']);
	});

	it('has no address fields without an address', () => {
		const noAddress = buildPartnerDocument(partner({ address: null }));
		expect([noAddress.street, noAddress.postalCode, noAddress.city]).toEqual([null, null, null]);
	});

	it('holds each translated text in its own searchable field, and none for a missing one', () => {
		const doc = buildPartnerDocument(
			partner({
				translations: {
					pl: { name: 'Komisariat Policji w Żytawie', description: '', offer: 'Zgłoszenia całą dobę' }
				}
			})
		);
		expect(doc).toMatchObject({ name_pl: 'Komisariat Policji w Żytawie', offer_pl: 'Zgłoszenia całą dobę' });
		expect(doc).not.toHaveProperty('description_pl');
		expect(doc).not.toHaveProperty('name_en');
	});

	it('scores a main topic above every side topic, and a focused partner above a broad one', () => {
		const topics = [term('einbruchschutz', 'Einbruchschutz'), term('betrug-enkeltrick', 'Betrug')];
		const focused = buildPartnerDocument(partner({ topics, mainTopicCodes: ['einbruchschutz'] })).topicCentrality;
		expect(focused['einbruchschutz']).toBeGreaterThan(100);
		expect(focused['betrug-enkeltrick']).toBeLessThan(100);
		const broad = buildPartnerDocument(
			partner({ topics: [...topics, term('mobbing', 'Mobbing')], mainTopicCodes: ['einbruchschutz'] })
		).topicCentrality;
		expect(focused['einbruchschutz']).toBeGreaterThan(broad['einbruchschutz']);
	});
});
