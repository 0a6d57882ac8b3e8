import type { Kysely } from 'kysely';
import type { Database, OrganizationStatus, ServiceAreaKind } from '../db/schema';
import { listAreaStreets } from './queries';
import type { AreaStreetInput } from './types';

export interface CoordinationArea {
	id: number;
	name: string;
	kind: ServiceAreaKind;
	streetCount: number;
	ortsteilCount: number;
	organization: { id: number; slug: string; name: string; status: OrganizationStatus };
}

/** Every area of every partner, for the coordination's list, ordered by partner and name. */
export async function listAllServiceAreas(db: Kysely<Database>): Promise<CoordinationArea[]> {
	const rows = await db
		.selectFrom('service_areas as a')
		.innerJoin('organizations as o', 'o.id', 'a.organization_id')
		.select((eb) => [
			'a.id',
			'a.name',
			'a.kind',
			'o.id as organizationId',
			'o.slug',
			'o.name as organizationName',
			'o.status',
			eb
				.selectFrom('service_area_streets as s')
				.select(eb.fn.countAll<number>().as('n'))
				.whereRef('s.service_area_id', '=', 'a.id')
				.as('streetCount'),
			eb
				.selectFrom('service_area_ortsteile as ao')
				.select(eb.fn.countAll<number>().as('n'))
				.whereRef('ao.service_area_id', '=', 'a.id')
				.as('ortsteilCount')
		])
		.orderBy('o.name')
		.orderBy('a.name')
		.execute();
	return rows.map((row) => ({
		id: row.id,
		name: row.name,
		kind: row.kind,
		streetCount: Number(row.streetCount ?? 0),
		ortsteilCount: Number(row.ortsteilCount ?? 0),
		organization: { id: row.organizationId, slug: row.slug, name: row.organizationName, status: row.status }
	}));
}

export interface EditableArea {
	id: number;
	name: string;
	kind: ServiceAreaKind;
	note: string | null;
	organization: { id: number; slug: string; name: string };
	ortsteile: string[];
	streets: AreaStreetInput[];
}

/** One area with its Ortsteile (codes) and streets, for the coordination's edit page; null when unknown. */
export async function getEditableArea(db: Kysely<Database>, areaId: number): Promise<EditableArea | null> {
	const area = await db
		.selectFrom('service_areas as a')
		.innerJoin('organizations as o', 'o.id', 'a.organization_id')
		.select([
			'a.id',
			'a.name',
			'a.kind',
			'a.note',
			'o.id as organizationId',
			'o.slug',
			'o.name as organizationName'
		])
		.where('a.id', '=', areaId)
		.executeTakeFirst();
	if (!area) return null;
	const [ortsteile, streets] = await Promise.all([
		db
			.selectFrom('service_area_ortsteile as ao')
			.innerJoin('taxonomy_terms as t', 't.id', 'ao.ortsteil_id')
			.select('t.code')
			.where('ao.service_area_id', '=', areaId)
			.execute(),
		listAreaStreets(db, areaId)
	]);
	return {
		id: area.id,
		name: area.name,
		kind: area.kind,
		note: area.note,
		organization: { id: area.organizationId, slug: area.slug, name: area.organizationName },
		ortsteile: ortsteile.map((row) => row.code),
		streets
	};
}

/** The partners an area can belong to (any status: an area may be prepared before publishing). */
export async function listAreaOwnerOptions(db: Kysely<Database>): Promise<{ id: number; name: string }[]> {
	return db
		.selectFrom('organizations')
		.select(['id', 'name'])
		.where('status', '!=', 'archived')
		.orderBy('name')
		.execute();
}

/** The lower-cased names of the organization's areas, except `exceptAreaId`. */
export async function listTakenAreaNames(
	db: Kysely<Database>,
	organizationId: number,
	exceptAreaId?: number
): Promise<string[]> {
	let query = db.selectFrom('service_areas').select('name').where('organization_id', '=', organizationId);
	if (exceptAreaId !== undefined) query = query.where('id', '!=', exceptAreaId);
	return (await query.execute()).map((row) => row.name.toLocaleLowerCase('de'));
}
