import { areaKindLabel } from '../areas/kinds';
import type { OrganizationRelations } from './context';
import { childUuid } from './ids';
import { compact, type HsdsRecord } from './record';

type AreaRow = OrganizationRelations['areas'][number];

/** A responsibility area (a Bürgerpolizist's beat, a school catchment) with its Ortsteile. */
export function toServiceArea(organizationUuid: string, serviceId: string, a: AreaRow): HsdsRecord {
	const parts = [areaKindLabel(a.kind)];
	if (a.ortsteile.length > 0) parts.push(`Ortsteile: ${a.ortsteile.join(', ')}`);
	if (a.note) parts.push(a.note);
	return compact({
		id: childUuid(organizationUuid, `service_area:${a.name}`),
		service_id: serviceId,
		name: a.name,
		description: parts.join('. ')
	});
}
