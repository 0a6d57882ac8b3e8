import type { Kysely } from 'kysely';
import type { Database, ServiceAreaKind } from '../db/schema';
import type { HouseNumberRange } from '../areas/range';

export interface PublicAreaStreet extends HouseNumberRange {
	name: string;
}

/** An area of a published partner as citizens see it. */
export interface PublicArea {
	id: number;
	organizationId: number;
	kind: ServiceAreaKind;
	name: string;
	note: string | null;
	ortsteile: string[];
	streets: PublicAreaStreet[];
}

/** The areas of published partners, of one kind and/or one partner. */
export async function listPublicAreas(
	db: Kysely<Database>,
	filter: { kind?: ServiceAreaKind; organizationId?: number }
): Promise<PublicArea[]> {
	let query = db
		.selectFrom('service_areas as a')
		.innerJoin('organizations as o', 'o.id', 'a.organization_id')
		.select(['a.id', 'a.organization_id', 'a.kind', 'a.name', 'a.note'])
		.where('o.status', '=', 'published')
		.orderBy('a.name');
	if (filter.kind) query = query.where('a.kind', '=', filter.kind);
	if (filter.organizationId !== undefined) query = query.where('a.organization_id', '=', filter.organizationId);
	const areas = await query.execute();
	if (areas.length === 0) return [];
	const ids = areas.map((area) => area.id);
	const [ortsteile, streets] = await Promise.all([
		db
			.selectFrom('service_area_ortsteile as ao')
			.innerJoin('taxonomy_terms as t', 't.id', 'ao.ortsteil_id')
			.select(['ao.service_area_id', 't.label'])
			.where('ao.service_area_id', 'in', ids)
			.orderBy('t.position')
			.execute(),
		db
			.selectFrom('service_area_streets')
			.select(['service_area_id', 'street_name', 'from_number', 'to_number', 'parity'])
			.where('service_area_id', 'in', ids)
			.orderBy('street_key')
			.orderBy('from_number')
			.execute()
	]);
	return areas.map((area) => ({
		id: area.id,
		organizationId: area.organization_id,
		kind: area.kind,
		name: area.name,
		note: area.note,
		ortsteile: ortsteile.filter((row) => row.service_area_id === area.id).map((row) => row.label),
		streets: streets
			.filter((row) => row.service_area_id === area.id)
			.map((row) => ({ name: row.street_name, from: row.from_number, to: row.to_number, parity: row.parity }))
	}));
}
