import type { Kysely } from 'kysely';
import type { Database, ServiceAreaKind } from '../db/schema';
import type { TermRef } from '../partners/types';
import type { AreaStreetInput } from './types';

export interface ServiceAreaSummary {
	id: number;
	name: string;
	kind: ServiceAreaKind;
	note: string | null;
}

/** The areas of one partner, for its editors and for the CSV import's list of known areas. */
export async function listServiceAreas(db: Kysely<Database>, organizationId: number): Promise<ServiceAreaSummary[]> {
	return db
		.selectFrom('service_areas')
		.select(['id', 'name', 'kind', 'note'])
		.where('organization_id', '=', organizationId)
		.orderBy('kind')
		.orderBy('name')
		.execute();
}

export async function listAreaOrtsteile(db: Kysely<Database>, areaId: number): Promise<TermRef[]> {
	return db
		.selectFrom('service_area_ortsteile as ao')
		.innerJoin('taxonomy_terms as t', 't.id', 'ao.ortsteil_id')
		.select(['t.code', 't.label'])
		.where('ao.service_area_id', '=', areaId)
		.orderBy('t.position')
		.execute();
}

export async function listAreaStreets(db: Kysely<Database>, areaId: number): Promise<AreaStreetInput[]> {
	return db
		.selectFrom('service_area_streets')
		.select([
			'street_name as streetName',
			'postal_code as postalCode',
			'from_number as from',
			'to_number as to',
			'parity'
		])
		.where('service_area_id', '=', areaId)
		.orderBy('street_key')
		.orderBy('from_number')
		.orderBy('parity')
		.execute();
}
