import type { Kysely } from 'kysely';
import type { Database, OrganizationStatus } from '../db/schema';
import { ORGANIZATION_COLUMNS } from './published-relations';
import { loadTranslations } from './translation-queries';
import type { ClosureInput, PartnerInput } from './types';

/**
 * The complete stored profile of one organization, whatever its status and including contact
 * persons without consent: what its editors see and what the audit log compares. Internal only.
 */
export async function loadPartnerInput(db: Kysely<Database>, id: number): Promise<PartnerInput | null> {
	const o = await db
		.selectFrom('organizations as o')
		.innerJoin('taxonomy_terms as c', 'c.id', 'o.category_id')
		.select([...ORGANIZATION_COLUMNS, 'o.wheelchair_accessible', 'o.verified_at', 'o.status', 'c.code as category'])
		.where('o.id', '=', id)
		.executeTakeFirst();
	if (!o) return null;
	const [terms, location, phones, contacts, schedules, closures, translations] = await Promise.all([
		db
			.selectFrom('organization_terms as ot')
			.innerJoin('taxonomy_terms as t', 't.id', 'ot.term_id')
			.select(['t.taxonomy', 't.code', 'ot.is_main'])
			.where('ot.organization_id', '=', id)
			.orderBy('t.position')
			.execute(),
		db
			.selectFrom('locations as l')
			.leftJoin('taxonomy_terms as t', 't.id', 'l.ortsteil_id')
			.select([
				'l.name',
				'l.street',
				'l.postal_code',
				'l.city',
				'l.latitude',
				'l.longitude',
				't.code as ortsteil'
			])
			.where('l.organization_id', '=', id)
			.orderBy('l.position')
			.executeTakeFirst(),
		db
			.selectFrom('phones')
			.select(['number', 'label'])
			.where('organization_id', '=', id)
			.orderBy('position')
			.execute(),
		db
			.selectFrom('contacts')
			.select(['name', 'role', 'phone', 'email', 'publish_consent', 'consent_given_at'])
			.where('organization_id', '=', id)
			.orderBy('position')
			.execute(),
		db
			.selectFrom('schedules')
			.select(['kind', 'weekday', 'opens_at', 'closes_at', 'note'])
			.where('organization_id', '=', id)
			.orderBy('kind')
			.orderBy('weekday')
			.orderBy('opens_at')
			.execute(),
		db
			.selectFrom('closures')
			.select(['starts_on', 'ends_on', 'reason'])
			.where('organization_id', '=', id)
			.orderBy('starts_on')
			.execute(),
		loadTranslations(db, [id])
	]);
	const codes = (taxonomy: string) => terms.filter((t) => t.taxonomy === taxonomy).map((t) => t.code);
	const mainCodes = (taxonomy: string) =>
		terms.filter((t) => t.taxonomy === taxonomy && t.is_main === 1).map((t) => t.code);
	return {
		slug: o.slug,
		name: o.name,
		shortName: o.short_name,
		category: o.category,
		description: o.description,
		offer: o.offer,
		topics: codes('topic'),
		mainTopics: mainCodes('topic'),
		targetGroups: codes('target_group'),
		mainTargetGroups: mainCodes('target_group'),
		languages: codes('language'),
		ortsteile: codes('ortsteil'),
		translations: translations.get(id) ?? {},
		email: o.email,
		website: o.website,
		accessibilityNote: o.accessibility_note,
		wheelchairAccessible: o.wheelchair_accessible === 1,
		verifiedAt: o.verified_at,
		status: o.status,
		address: location
			? {
					name: location.name,
					street: location.street,
					postalCode: location.postal_code,
					city: location.city,
					ortsteil: location.ortsteil,
					latitude: location.latitude,
					longitude: location.longitude
				}
			: null,
		phones,
		contacts: contacts.map((c) => ({
			name: c.name,
			role: c.role,
			phone: c.phone,
			email: c.email,
			publishConsent: c.publish_consent === 1,
			consentGivenAt: c.consent_given_at
		})),
		schedules: schedules.map((s) => ({
			kind: s.kind,
			weekday: s.weekday,
			opensAt: s.opens_at,
			closesAt: s.closes_at,
			note: s.note
		})),
		closures: closures.map(toClosure)
	};
}

export interface OrganizationRef {
	id: number;
	slug: string;
	name: string;
	status: OrganizationStatus;
}

export async function findOrganizationBySlug(db: Kysely<Database>, slug: string): Promise<OrganizationRef | null> {
	const row = await db
		.selectFrom('organizations')
		.select(['id', 'slug', 'name', 'status'])
		.where('slug', '=', slug)
		.executeTakeFirst();
	return row ?? null;
}

/** A stored closure as the profile holds it. */
export function toClosure(row: { starts_on: string; ends_on: string; reason: string }): ClosureInput {
	return { startsOn: row.starts_on, endsOn: row.ends_on, reason: row.reason };
}
