import { toAttribute, toLanguage } from './attributes';
import { toContact, toPhone } from './contacts';
import type { BuildContext } from './context';
import { locationUuid, serviceAtLocationUuid, toLocation } from './locations';
import { serviceUuid, toOrganization } from './organizations';
import type { OrganizationRow } from './queries';
import { compact, type HsdsRecord } from './record';
import { toSchedule } from './schedules';
import { toServiceArea } from './service-areas';
import { hsdsDateTime } from './time';

// Each published partner offers one HSDS service: its offer, at its locations.

/** The service's one-to-one fields (HSDS service_list), with its organization. */
export function toServiceSummary(o: OrganizationRow, context: BuildContext): HsdsRecord {
	return { ...serviceFields(o), organization: toOrganization(o, context) };
}

function serviceFields(o: OrganizationRow): HsdsRecord {
	return compact({
		id: serviceUuid(o),
		organization_id: o.uuid,
		name: o.name,
		alternate_name: o.short_name,
		description: o.offer || o.description,
		url: o.website,
		email: o.email,
		status: 'active',
		last_modified: hsdsDateTime(o.updated_at)
	});
}

/** The fully nested service: everything the partner published, nothing a person did not consent to. */
export function toService(o: OrganizationRow, context: BuildContext): HsdsRecord {
	const id = serviceUuid(o);
	const r = context.byOrganization(o.id);
	return {
		...toServiceSummary(o, context),
		phones: r.phones.map((p) => toPhone(o.uuid, id, p)),
		schedules: r.schedules.map((s) => toSchedule(o.uuid, id, s)),
		service_areas: r.areas.map((a) => toServiceArea(o.uuid, id, a)),
		service_at_locations: r.locations.map((l) => {
			const location = toLocation(o, l, context);
			return {
				id: serviceAtLocationUuid(location.id as string),
				service_id: id,
				location_id: location.id,
				location
			};
		}),
		languages: r.terms.filter((t) => t.taxonomy === 'language').map((t) => toLanguage(id, t)),
		contacts: r.contacts.map((c) => toContact(o.uuid, id, c)),
		attributes: r.terms.map((t) => toAttribute(id, t))
	};
}

/** Each location of a partner where its service is offered (HSDS service_at_location). */
export function toServiceAtLocations(o: OrganizationRow, context: BuildContext, full: boolean): HsdsRecord[] {
	const service = full ? toService(o, context) : toServiceSummary(o, context);
	return context.byOrganization(o.id).locations.map((l) => {
		const location = toLocation(o, l, context);
		const id = serviceAtLocationUuid(locationUuid(o, l));
		return { id, service_id: service.id, location_id: location.id, location, service };
	});
}

/** The fully nested organization with its locations and its service. */
export function toFullOrganization(o: OrganizationRow, context: BuildContext): HsdsRecord {
	return {
		...toOrganization(o, context),
		locations: context.byOrganization(o.id).locations.map((l) => toLocation(o, l, context)),
		services: [serviceFields(o)]
	};
}
