import type { BuildContext, OrganizationRelations } from './context';
import { childUuid } from './ids';
import type { OrganizationRow } from './queries';
import { compact, type HsdsRecord } from './record';

type LocationRow = OrganizationRelations['locations'][number];

export const locationUuid = (o: Pick<OrganizationRow, 'uuid'>, l: Pick<LocationRow, 'position'>) =>
	childUuid(o.uuid, `location:${l.position}`);

export const serviceAtLocationUuid = (locationId: string) => childUuid(locationId, 'service_at_location');

export function toLocation(
	o: OrganizationRow,
	l: LocationRow,
	context: Pick<BuildContext, 'stateProvince'>
): HsdsRecord {
	const id = locationUuid(o, l);
	return compact({
		id,
		location_type: 'physical',
		organization_id: o.uuid,
		name: l.name ?? o.name,
		latitude: l.latitude,
		longitude: l.longitude,
		addresses: [toAddress(id, l, context.stateProvince)],
		accessibility: o.accessibility_note
			? [{ id: childUuid(id, 'accessibility'), location_id: id, description: o.accessibility_note }]
			: []
	});
}

function toAddress(locationId: string, l: LocationRow, stateProvince: string): HsdsRecord {
	return {
		id: childUuid(locationId, 'address'),
		location_id: locationId,
		address_1: l.street,
		city: l.city,
		state_province: stateProvince,
		postal_code: l.postal_code,
		country: 'DE',
		address_type: 'physical'
	};
}
