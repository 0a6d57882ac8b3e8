import type { DirectoryQuery } from '../src/lib/directory/types';
import {
	TRANSLATED_FIELDS,
	TRANSLATION_LOCALES,
	type TranslatedField,
	type TranslationLocale
} from '../src/lib/partner-translations';
import type { PublicPartner } from '../src/lib/server/partners/types';

/** `name_en`, `description_pl`, `offer_cs` …: the partner's own translations, searchable like the German text. */
export type TranslatedAttribute = `${TranslatedField}_${TranslationLocale}`;

/** What the `partners` index holds for one published partner. Only consenting contact persons appear. */
export interface PartnerDocument extends Partial<Record<TranslatedAttribute, string>> {
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
	/** How central each topic is to the partner, by code; topic pages sort by it (see centralitySort). */
	topicCentrality: Record<string, number>;
	targetGroups: string[];
	targetGroupCodes: string[];
	targetGroupCentrality: Record<string, number>;
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
}

export function buildPartnerDocument(p: PublicPartner): PartnerDocument {
	const ortsteile = [...p.ortsteile];
	if (p.address?.ortsteil && !ortsteile.some((o) => o.code === p.address?.ortsteil?.code)) {
		ortsteile.unshift(p.address.ortsteil);
	}
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
		topicCentrality: centrality(p.topics, p.mainTopicCodes),
		targetGroups: p.targetGroups.map((t) => t.label),
		targetGroupCodes: p.targetGroups.map((t) => t.code),
		targetGroupCentrality: centrality(p.targetGroups, p.mainTargetGroupCodes),
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
		...translatedAttributes(p)
	};
}

/**
 * A main topic scores 100 or more, a side topic less; within each, the fewer topics a partner
 * has, the more it is about each of them (a Suchtberatung before a youth club that also does
 * addiction prevention).
 */
export function centrality(terms: { code: string }[], mainCodes: string[]): Record<string, number> {
	const focus = Math.round(99 / Math.max(terms.length, 1));
	return Object.fromEntries(terms.map((t) => [t.code, (mainCodes.includes(t.code) ? 100 : 0) + focus]));
}

/**
 * On a topic or target-group page the partners for whom the chosen terms are most central come
 * first; `undefined` when nothing such is chosen. Codes are known taxonomy codes ([a-z0-9-]).
 */
export function centralitySort(query: Pick<DirectoryQuery, 'thema' | 'zielgruppe'>): string[] | undefined {
	const keys = [
		...query.thema.map((code) => `topicCentrality.${code}:desc`),
		...query.zielgruppe.map((code) => `targetGroupCentrality.${code}:desc`)
	];
	return keys.length > 0 ? keys : undefined;
}

function translatedAttributes(p: PublicPartner): Partial<Record<TranslatedAttribute, string>> {
	const attributes: Partial<Record<TranslatedAttribute, string>> = {};
	for (const locale of TRANSLATION_LOCALES) {
		for (const field of TRANSLATED_FIELDS) {
			const text = p.translations[locale]?.[field];
			if (text) attributes[`${field}_${locale}`] = text;
		}
	}
	return attributes;
}
