import type { PublicPartner } from '../src/lib/server/partners/types';

/** What the `partners` index holds for one published partner. Only consenting contact persons appear. */
export interface PartnerDocument {
	id: number;
	slug: string;
	name: string;
	shortName: string | null;
	/** Lower-cased name for sorting A–Z regardless of case. */
	nameSort: string;
	category: string;
	categoryCode: string;
	description: string;
	offer: string;
	topics: string[];
	topicCodes: string[];
	targetGroups: string[];
	targetGroupCodes: string[];
	languages: string[];
	languageCodes: string[];
	ortsteile: string[];
	ortsteilCodes: string[];
	street: string | null;
	postalCode: string | null;
	city: string | null;
	phones: string[];
	email: string | null;
	contactNames: string[];
	contactRoles: string[];
	wheelchairAccessible: boolean;
	verifiedAt: string | null;
	_geo: { lat: number; lng: number } | null;
}

export function buildPartnerDocument(p: PublicPartner): PartnerDocument {
	const ortsteile = [...p.ortsteile];
	if (p.address?.ortsteil && !ortsteile.some((o) => o.code === p.address?.ortsteil?.code)) {
		ortsteile.unshift(p.address.ortsteil);
	}
	const hasGeo = p.address?.latitude != null && p.address?.longitude != null;
	return {
		id: p.id,
		slug: p.slug,
		name: p.name,
		shortName: p.shortName,
		nameSort: p.name.toLocaleLowerCase('de'),
		category: p.category.label,
		categoryCode: p.category.code,
		description: p.description,
		offer: p.offer,
		topics: p.topics.map((t) => t.label),
		topicCodes: p.topics.map((t) => t.code),
		targetGroups: p.targetGroups.map((t) => t.label),
		targetGroupCodes: p.targetGroups.map((t) => t.code),
		languages: p.languages.map((t) => t.label),
		languageCodes: p.languages.map((t) => t.code),
		ortsteile: ortsteile.map((t) => t.label),
		ortsteilCodes: ortsteile.map((t) => t.code),
		street: p.address?.street ?? null,
		postalCode: p.address?.postalCode ?? null,
		city: p.address?.city ?? null,
		phones: [...p.phones.map((ph) => ph.number), ...p.contacts.flatMap((c) => (c.phone ? [c.phone] : []))],
		email: p.email,
		contactNames: p.contacts.map((c) => c.name),
		contactRoles: p.contacts.flatMap((c) => (c.role ? [c.role] : [])),
		wheelchairAccessible: p.wheelchairAccessible,
		verifiedAt: p.verifiedAt,
		_geo: hasGeo ? { lat: p.address!.latitude!, lng: p.address!.longitude! } : null
	};
}
