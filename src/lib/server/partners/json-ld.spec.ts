import { describe, expect, it } from 'vitest';
import { buildPartnerJsonLd, serializeJsonLd } from './json-ld';
import { publicPartner } from '../../../../tests/helpers/public-partner';

const PROFILE = 'https://kpr.example/netzwerk/buergeramt';

const buergeramt = publicPartner({
	id: 7,
	slug: 'buergeramt',
	name: 'Bürgeramt Zittau',
	shortName: null,
	category: { code: 'verwaltung', label: 'Verwaltung' },
	description: 'Anliegen rund um Ausweis, Meldewesen und Fundsachen.',
	offer: '',
	topics: [{ code: 'kriminalpraevention', label: 'Kriminalprävention' }],
	email: 'buergeramt@zittau.de',
	website: 'https://www.zittau.de',
	verifiedAt: null,
	updatedAt: '2026-10-01T08:00:00.000Z',
	address: {
		name: 'Rathaus',
		street: 'Markt 1',
		postalCode: '02763',
		city: 'Zittau',
		ortsteil: null,
		latitude: 50.8962,
		longitude: 14.8072
	},
	phones: [{ number: '03583 752-0', label: null }],
	contacts: [],
	schedules: [
		{ kind: 'opening', weekday: 1, opensAt: '09:00', closesAt: '12:00', note: null },
		{ kind: 'opening', weekday: 4, opensAt: '13:00', closesAt: '24:00', note: null }
	]
});

describe('the schema.org description of a partner', () => {
	it('describes the town administration as a government organisation with contact data', () => {
		const ld = buildPartnerJsonLd(buergeramt, PROFILE);
		expect(ld['@type']).toBe('GovernmentOrganization');
		expect(ld).toMatchObject({
			name: 'Bürgeramt Zittau',
			url: 'https://www.zittau.de',
			email: 'buergeramt@zittau.de',
			telephone: '03583 752-0',
			address: {
				'@type': 'PostalAddress',
				streetAddress: 'Markt 1',
				postalCode: '02763',
				addressLocality: 'Zittau'
			}
		});
	});

	it('puts the opening hours on the location, with midnight as 23:59', () => {
		const location = buildPartnerJsonLd(buergeramt, PROFILE).location as Record<string, unknown>;
		expect(location.openingHoursSpecification).toEqual([
			{
				'@type': 'OpeningHoursSpecification',
				dayOfWeek: 'https://schema.org/Monday',
				opens: '09:00',
				closes: '12:00'
			},
			{
				'@type': 'OpeningHoursSpecification',
				dayOfWeek: 'https://schema.org/Thursday',
				opens: '13:00',
				closes: '23:59'
			}
		]);
	});

	it('says on which days the place is closed besides its weekly hours', () => {
		const closures = [{ startsOn: '2026-07-20', endsOn: '2026-07-31', reason: 'Sommerpause' }];
		const location = buildPartnerJsonLd({ ...buergeramt, closures }, PROFILE).location as Record<string, unknown>;
		expect(location.specialOpeningHoursSpecification).toEqual([
			{
				'@type': 'OpeningHoursSpecification',
				name: 'Sommerpause',
				validFrom: '2026-07-20',
				validThrough: '2026-07-31',
				opens: '00:00',
				closes: '00:00'
			}
		]);
		expect(buildPartnerJsonLd(buergeramt, PROFILE).location).not.toHaveProperty('specialOpeningHoursSpecification');
	});

	it('calls an association a plain organisation when its category has no better type', () => {
		const ld = buildPartnerJsonLd({ ...buergeramt, category: { code: 'beratung', label: 'Beratung' } }, PROFILE);
		expect(ld['@type']).toBe('Organization');
	});

	it('cannot close the script element it is embedded in', () => {
		const hostile = { ...buergeramt, description: '</script><script>alert(1)</script> <!-- & more' };
		const json = serializeJsonLd(buildPartnerJsonLd(hostile, PROFILE));
		expect(json).not.toContain('<');
		expect(json).not.toContain('>');
		expect(JSON.parse(json).description).toBe(hostile.description);
	});
});
