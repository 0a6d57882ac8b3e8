import type { ServiceAreaKind } from '../db/schema';
import type { ResponsibleMatch } from './types';

/** The partner and area columns of a lookup, from a query joining `organizations as o` and `service_areas as a`. */
export const RESPONSIBLE_COLUMNS = [
	'o.id as organizationId',
	'o.slug',
	'o.name as organizationName',
	'a.id as areaId',
	'a.name as areaName',
	'a.kind'
] as const;

interface ResponsibleRow {
	organizationId: number;
	slug: string;
	organizationName: string;
	areaId: number;
	areaName: string;
	kind: ServiceAreaKind;
}

/** Who answers for an address, from a row with `RESPONSIBLE_COLUMNS`. */
export function responsibleOf(row: ResponsibleRow): Pick<ResponsibleMatch, 'organization' | 'area'> {
	return {
		organization: { id: row.organizationId, slug: row.slug, name: row.organizationName },
		area: { id: row.areaId, name: row.areaName, kind: row.kind }
	};
}
