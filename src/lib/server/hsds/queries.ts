import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, PhoneTable, ScheduleTable, ServiceAreaKind, Taxonomy } from '../db/schema';
import {
	loadPhones,
	loadPublishedContacts,
	loadSchedules,
	ORGANIZATION_COLUMNS
} from '../partners/published-relations';

// The only Kysely of the HSDS export: published partners and exactly the fields they publish.

export interface OrganizationFilter {
	search?: string;
	organizationUuid?: string;
	termId?: number;
	modifiedAfter?: string;
}

export interface OrganizationRow {
	id: number;
	uuid: string;
	slug: string;
	name: string;
	short_name: string | null;
	description: string;
	offer: string;
	email: string | null;
	website: string | null;
	accessibility_note: string | null;
	category: string;
	updated_at: string;
}

function filtered(db: Kysely<Database>, filter: OrganizationFilter) {
	let query = db.selectFrom('organizations as o').where('o.status', '=', 'published');
	if (filter.organizationUuid) query = query.where('o.uuid', '=', filter.organizationUuid);
	if (filter.modifiedAfter) query = query.where('o.updated_at', '>=', filter.modifiedAfter);
	if (filter.termId !== undefined) {
		const termId = filter.termId;
		query = query.where((eb) =>
			eb.or([
				eb('o.category_id', '=', termId),
				eb.exists(
					eb
						.selectFrom('organization_terms as ot')
						.select('ot.term_id')
						.whereRef('ot.organization_id', '=', 'o.id')
						.where('ot.term_id', '=', termId)
				)
			])
		);
	}
	if (filter.search) {
		const needle = filter.search.toLowerCase();
		query = query.where(
			sql<boolean>`instr(lower(o.name || ' ' || coalesce(o.short_name, '') || ' ' || o.description || ' ' || o.offer), ${needle}) > 0`
		);
	}
	return query;
}

export async function countOrganizations(db: Kysely<Database>, filter: OrganizationFilter): Promise<number> {
	const row = await filtered(db, filter)
		.select((eb) => eb.fn.countAll<number>().as('count'))
		.executeTakeFirstOrThrow();
	return Number(row.count);
}

export async function listOrganizations(
	db: Kysely<Database>,
	filter: OrganizationFilter,
	page: { limit: number; offset: number }
): Promise<OrganizationRow[]> {
	return withColumns(db, filter).orderBy('o.name').orderBy('o.id').limit(page.limit).offset(page.offset).execute();
}

function withColumns(db: Kysely<Database>, filter: OrganizationFilter) {
	return filtered(db, filter)
		.innerJoin('taxonomy_terms as c', 'c.id', 'o.category_id')
		.select(['o.id', 'o.uuid', ...ORGANIZATION_COLUMNS, 'c.code as category', 'o.updated_at']);
}

/** The newest change among all partners and how many are published: the export's version. */
export async function loadExportVersion(
	db: Kysely<Database>
): Promise<{ lastModified: string | null; published: number }> {
	const row = await db
		.selectFrom('organizations')
		.select((eb) => [
			eb.fn.max('updated_at').as('lastModified'),
			eb.fn.sum<number>(eb.case().when('status', '=', 'published').then(1).else(0).end()).as('published')
		])
		.executeTakeFirstOrThrow();
	return { lastModified: row.lastModified ?? null, published: Number(row.published ?? 0) };
}

export interface Relations {
	terms: { organization_id: number; taxonomy: Taxonomy; code: string }[];
	locations: {
		organization_id: number;
		position: number;
		name: string | null;
		street: string;
		postal_code: string;
		city: string;
		latitude: number | null;
		longitude: number | null;
	}[];
	phones: Omit<Selectable<PhoneTable>, 'id'>[];
	contacts: {
		organization_id: number;
		position: number;
		name: string;
		role: string | null;
		phone: string | null;
		email: string | null;
	}[];
	schedules: Omit<Selectable<ScheduleTable>, 'id'>[];
	areas: { id: number; organization_id: number; kind: ServiceAreaKind; name: string; note: string | null }[];
	areaOrtsteile: { service_area_id: number; label: string }[];
}

/** Everything published about the given organizations, in a handful of queries for any page size. */
export async function loadRelations(db: Kysely<Database>, ids: number[]): Promise<Relations> {
	if (ids.length === 0) {
		return { terms: [], locations: [], phones: [], contacts: [], schedules: [], areas: [], areaOrtsteile: [] };
	}
	const [terms, locations, phones, contacts, schedules, areas] = await Promise.all([
		db
			.selectFrom('organization_terms as ot')
			.innerJoin('taxonomy_terms as t', 't.id', 'ot.term_id')
			.select(['ot.organization_id', 't.taxonomy', 't.code'])
			.where('ot.organization_id', 'in', ids)
			.orderBy('t.taxonomy')
			.orderBy('t.position')
			.execute(),
		db
			.selectFrom('locations')
			.select(['organization_id', 'position', 'name', 'street', 'postal_code', 'city', 'latitude', 'longitude'])
			.where('organization_id', 'in', ids)
			.orderBy('position')
			.orderBy('id')
			.execute(),
		loadPhones(db, ids),
		loadPublishedContacts(db, ids),
		loadSchedules(db, ids),
		db
			.selectFrom('service_areas')
			.select(['id', 'organization_id', 'kind', 'name', 'note'])
			.where('organization_id', 'in', ids)
			.orderBy('name')
			.execute()
	]);
	const areaOrtsteile =
		areas.length === 0
			? []
			: await db
					.selectFrom('service_area_ortsteile as so')
					.innerJoin('taxonomy_terms as t', 't.id', 'so.ortsteil_id')
					.select(['so.service_area_id', 't.label'])
					.where(
						'so.service_area_id',
						'in',
						areas.map((a) => a.id)
					)
					.orderBy('t.position')
					.execute();
	return { terms, locations, phones, contacts, schedules, areas, areaOrtsteile };
}

export interface TermRow {
	id: number;
	taxonomy: Taxonomy;
	code: string;
	label: string;
}

export async function listTerms(db: Kysely<Database>): Promise<TermRow[]> {
	return db
		.selectFrom('taxonomy_terms')
		.select(['id', 'taxonomy', 'code', 'label'])
		.orderBy('taxonomy')
		.orderBy('position')
		.orderBy('id')
		.execute();
}

export async function countLocations(db: Kysely<Database>, filter: OrganizationFilter): Promise<number> {
	const row = await filtered(db, filter)
		.innerJoin('locations as l', 'l.organization_id', 'o.id')
		.select((eb) => eb.fn.countAll<number>().as('count'))
		.executeTakeFirstOrThrow();
	return Number(row.count);
}

/** A page of (organization, location) pairs: the service_at_location list pages by location. */
export async function listLocationKeys(
	db: Kysely<Database>,
	filter: OrganizationFilter,
	page: { limit: number; offset: number }
): Promise<{ organization_id: number; position: number }[]> {
	return filtered(db, filter)
		.innerJoin('locations as l', 'l.organization_id', 'o.id')
		.select(['l.organization_id', 'l.position'])
		.orderBy('o.name')
		.orderBy('o.id')
		.orderBy('l.position')
		.limit(page.limit)
		.offset(page.offset)
		.execute();
}

export async function listOrganizationsById(db: Kysely<Database>, ids: number[]): Promise<OrganizationRow[]> {
	if (ids.length === 0) return [];
	return withColumns(db, {}).where('o.id', 'in', ids).execute();
}

/** Location positions of every published partner, to find a derived service_at_location id. */
export async function listLocationPositions(db: Kysely<Database>): Promise<Map<number, number[]>> {
	const rows = await filtered(db, {})
		.innerJoin('locations as l', 'l.organization_id', 'o.id')
		.select(['l.organization_id', 'l.position'])
		.execute();
	const map = new Map<number, number[]>();
	for (const row of rows) map.set(row.organization_id, [...(map.get(row.organization_id) ?? []), row.position]);
	return map;
}
