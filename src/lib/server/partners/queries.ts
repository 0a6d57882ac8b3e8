import type { Kysely } from 'kysely';
import type { Database, Taxonomy } from '../db/schema';
import type { PublicPartner, TermRef } from './types';
import { groupBy } from '../../group-by';
import { loadTranslations } from './translation-queries';
import { loadPhones, loadPublishedContacts, loadSchedules, ORGANIZATION_COLUMNS } from './published-relations';
import { toClosure } from './profile-queries';
import { berlinParts } from '$lib/validation/berlin-time';

/** Published partners with the given ids, in one round of queries; missing or unpublished ids are absent. */
export async function getPublicPartners(db: Kysely<Database>, ids: number[]): Promise<PublicPartner[]> {
	if (ids.length === 0) return [];
	const organizations = await db
		.selectFrom('organizations as o')
		.innerJoin('taxonomy_terms as c', 'c.id', 'o.category_id')
		.select([
			'o.id',
			...ORGANIZATION_COLUMNS,
			'o.wheelchair_accessible',
			'o.verified_at',
			'o.updated_at',
			'c.code as category_code',
			'c.label as category_label'
		])
		.where('o.id', 'in', ids)
		.where('o.status', '=', 'published')
		.execute();
	const publishedIds = organizations.map((o) => o.id);
	if (publishedIds.length === 0) return [];

	const [terms, locations, phones, contacts, schedules, closures, translations] = await Promise.all([
		db
			.selectFrom('organization_terms as ot')
			.innerJoin('taxonomy_terms as t', 't.id', 'ot.term_id')
			.select(['ot.organization_id', 'ot.is_main', 't.taxonomy', 't.code', 't.label'])
			.where('ot.organization_id', 'in', publishedIds)
			.orderBy('t.position')
			.execute(),
		db
			.selectFrom('locations as l')
			.leftJoin('taxonomy_terms as t', 't.id', 'l.ortsteil_id')
			.select([
				'l.organization_id',
				'l.name',
				'l.street',
				'l.postal_code',
				'l.city',
				'l.latitude',
				'l.longitude',
				't.code as ortsteil_code',
				't.label as ortsteil_label'
			])
			.where('l.organization_id', 'in', publishedIds)
			.orderBy('l.position')
			.execute(),
		loadPhones(db, publishedIds),
		loadPublishedContacts(db, publishedIds),
		loadSchedules(db, publishedIds),
		db
			.selectFrom('closures')
			.select(['organization_id', 'starts_on', 'ends_on', 'reason'])
			.where('organization_id', 'in', publishedIds)
			// Citizens see the closures still ahead; past ones stay in the form until the partner removes them.
			.where('ends_on', '>=', berlinParts(new Date()).date)
			.orderBy('starts_on')
			.execute(),
		loadTranslations(db, publishedIds)
	]);

	const termsOf = groupBy(terms, (t) => t.organization_id);
	const locationOf = new Map(locations.map((l) => [l.organization_id, l] as const).reverse());
	const phonesOf = groupBy(phones, (p) => p.organization_id);
	const contactsOf = groupBy(contacts, (c) => c.organization_id);
	const schedulesOf = groupBy(schedules, (s) => s.organization_id);
	const closuresOf = groupBy(closures, (c) => c.organization_id);

	return organizations.map((o) => {
		const own = termsOf.get(o.id) ?? [];
		const pick = (taxonomy: Taxonomy): TermRef[] =>
			own.filter((t) => t.taxonomy === taxonomy).map(({ code, label }) => ({ code, label }));
		const mainCodes = (taxonomy: Taxonomy) =>
			own.filter((t) => t.taxonomy === taxonomy && t.is_main === 1).map((t) => t.code);
		const location = locationOf.get(o.id);
		return {
			id: o.id,
			slug: o.slug,
			name: o.name,
			shortName: o.short_name,
			category: { code: o.category_code, label: o.category_label },
			description: o.description,
			offer: o.offer,
			topics: pick('topic'),
			mainTopicCodes: mainCodes('topic'),
			targetGroups: pick('target_group'),
			mainTargetGroupCodes: mainCodes('target_group'),
			languages: pick('language'),
			ortsteile: pick('ortsteil'),
			translations: translations.get(o.id) ?? {},
			email: o.email,
			website: o.website,
			accessibilityNote: o.accessibility_note,
			wheelchairAccessible: o.wheelchair_accessible === 1,
			verifiedAt: o.verified_at,
			updatedAt: o.updated_at,
			address: location
				? {
						name: location.name,
						street: location.street,
						postalCode: location.postal_code,
						city: location.city,
						ortsteil: location.ortsteil_code
							? { code: location.ortsteil_code, label: location.ortsteil_label ?? location.ortsteil_code }
							: null,
						latitude: location.latitude,
						longitude: location.longitude
					}
				: null,
			phones: (phonesOf.get(o.id) ?? []).map(({ number, label }) => ({ number, label })),
			contacts: (contactsOf.get(o.id) ?? []).map(({ name, role, phone, email }) => ({
				name,
				role,
				phone,
				email
			})),
			schedules: (schedulesOf.get(o.id) ?? []).map((s) => ({
				kind: s.kind,
				weekday: s.weekday,
				opensAt: s.opens_at,
				closesAt: s.closes_at,
				note: s.note
			})),
			closures: (closuresOf.get(o.id) ?? []).map(toClosure)
		};
	});
}

export async function getPublicPartnerBySlug(db: Kysely<Database>, slug: string): Promise<PublicPartner | null> {
	const row = await db
		.selectFrom('organizations')
		.select('id')
		.where('slug', '=', slug)
		.where('status', '=', 'published')
		.executeTakeFirst();
	if (!row) return null;
	const [partner] = await getPublicPartners(db, [row.id]);
	return partner ?? null;
}

export async function listPublishedPartnerIds(db: Kysely<Database>): Promise<number[]> {
	const rows = await db.selectFrom('organizations').select('id').where('status', '=', 'published').execute();
	return rows.map((r) => r.id);
}

/** Every partner, whatever its status. */
export async function listAllPartnerIds(db: Kysely<Database>): Promise<number[]> {
	const rows = await db.selectFrom('organizations').select('id').orderBy('id').execute();
	return rows.map((row) => row.id);
}

export async function countPartners(db: Kysely<Database>): Promise<number> {
	const { count } = await db
		.selectFrom('organizations')
		.select((eb) => eb.fn.countAll<number>().as('count'))
		.executeTakeFirstOrThrow();
	return Number(count);
}

/** All terms of a taxonomy in display order. */
export async function listTerms(db: Kysely<Database>, taxonomy: Taxonomy): Promise<TermRef[]> {
	return db
		.selectFrom('taxonomy_terms')
		.select(['code', 'label'])
		.where('taxonomy', '=', taxonomy)
		.orderBy('position')
		.orderBy('label')
		.execute();
}
