import type { PublicPartner } from '../../src/lib/server/partners/types';

/** A published partner as the public pages read it (the police station of Zittau), with the fields a test changes. */
export function publicPartner(overrides: Partial<PublicPartner> = {}): PublicPartner {
	return {
		id: 1,
		slug: 'polizeirevier-zittau',
		name: 'Polizeirevier Zittau',
		shortName: 'PR Zittau',
		category: { code: 'polizei', label: 'Polizei' },
		description: 'Ihre Polizei vor Ort.',
		offer: 'Anzeigen, Beratung, Bürgerpolizisten.',
		topics: [],
		mainTopicCodes: [],
		targetGroups: [],
		mainTargetGroupCodes: [],
		languages: [],
		ortsteile: [],
		translations: {},
		email: 'pr.zittau@polizei.sachsen.de',
		website: null,
		accessibilityNote: null,
		wheelchairAccessible: true,
		verifiedAt: '2026-10-01',
		updatedAt: '2026-10-01T08:00:00.000Z',
		address: {
			name: null,
			street: 'Hochwaldstraße 27',
			postalCode: '02763',
			city: 'Zittau',
			ortsteil: null,
			latitude: 50.89,
			longitude: 14.81
		},
		phones: [{ number: '03583 62-0', label: null }],
		contacts: [{ name: 'Anna Beispiel', role: 'Bürgerpolizistin', phone: '03583 62-100', email: null }],
		schedules: [{ kind: 'consultation', weekday: 2, opensAt: '14:00', closesAt: '18:00', note: null }],
		closures: [],
		...overrides
	};
}
