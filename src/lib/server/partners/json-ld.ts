import type { ClosureInput, PublicPartner, ScheduleInput } from './types';

// schema.org description of a partner profile, embedded as <script type="application/ld+json">.

type JsonLd = Record<string, unknown>;

const TYPE_BY_CATEGORY: Record<string, string> = {
	polizei: 'GovernmentOrganization',
	verwaltung: 'GovernmentOrganization',
	justiz: 'GovernmentOrganization',
	schule: 'EducationalOrganization',
	kita: 'EducationalOrganization',
	'verein-ehrenamt': 'NGO'
};

const DAY_URIS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map(
	(day) => `https://schema.org/${day}`
);

export function buildPartnerJsonLd(partner: PublicPartner, profileUrl: string): JsonLd {
	const address = partner.address
		? {
				'@type': 'PostalAddress',
				streetAddress: partner.address.street,
				postalCode: partner.address.postalCode,
				addressLocality: partner.address.city,
				addressCountry: 'DE'
			}
		: undefined;
	const opening = partner.schedules.filter((s) => s.kind === 'opening');
	const consultation = partner.schedules.filter((s) => s.kind === 'consultation');
	const telephones = partner.phones.map((p) => p.number);

	// Opening hours belong to a Place in schema.org, so they hang on the organisation's location.
	const location =
		address || opening.length > 0
			? compact({
					'@type': 'Place',
					name: partner.address?.name ?? undefined,
					address,
					geo:
						partner.address?.latitude != null && partner.address?.longitude != null
							? {
									'@type': 'GeoCoordinates',
									latitude: partner.address.latitude,
									longitude: partner.address.longitude
								}
							: undefined,
					openingHoursSpecification: opening.length > 0 ? opening.map(hoursSpecification) : undefined,
					specialOpeningHoursSpecification:
						opening.length > 0 && partner.closures.length > 0
							? partner.closures.map(closureSpecification)
							: undefined
				})
			: undefined;

	return compact({
		'@context': 'https://schema.org',
		'@type': TYPE_BY_CATEGORY[partner.category.code] ?? 'Organization',
		'@id': `${profileUrl}#organisation`,
		name: partner.name,
		alternateName: partner.shortName ?? undefined,
		description: partner.description || undefined,
		url: partner.website ?? profileUrl,
		mainEntityOfPage: profileUrl,
		email: partner.email ?? undefined,
		telephone: telephones.length === 0 ? undefined : telephones.length === 1 ? telephones[0] : telephones,
		address,
		location,
		contactPoint:
			consultation.length > 0
				? compact({
						'@type': 'ContactPoint',
						contactType: 'Sprechzeiten',
						telephone: telephones[0],
						email: partner.email ?? undefined,
						hoursAvailable: consultation.map(hoursSpecification)
					})
				: undefined,
		knowsAbout: partner.topics.length > 0 ? partner.topics.map((t) => t.label) : undefined,
		availableLanguage: partner.languages.length > 0 ? partner.languages.map((l) => l.label) : undefined
	});
}

/** JSON that cannot end the surrounding <script> element or open a comment in it. */
export function serializeJsonLd(data: JsonLd): string {
	return JSON.stringify(data)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}

/** The <script type="application/ld+json"> element for the page head, built here because a Svelte template cannot hold "</script>". */
export function jsonLdScript(data: JsonLd): string {
	return `<script type="application/ld+json">${serializeJsonLd(data)}</script>`;
}

function hoursSpecification(slot: ScheduleInput): JsonLd {
	return {
		'@type': 'OpeningHoursSpecification',
		dayOfWeek: DAY_URIS[slot.weekday - 1],
		opens: slot.opensAt,
		// schema.org has no 24:00; the last minute of the day is the usual way to say "until midnight".
		closes: slot.closesAt === '24:00' ? '23:59' : slot.closesAt
	};
}

/** Closed the whole day through: schema.org says so with opens and closes both at 00:00. */
function closureSpecification(closure: ClosureInput): JsonLd {
	return {
		'@type': 'OpeningHoursSpecification',
		name: closure.reason,
		validFrom: closure.startsOn,
		validThrough: closure.endsOn,
		opens: '00:00',
		closes: '00:00'
	};
}

function compact(object: JsonLd): JsonLd {
	return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}
