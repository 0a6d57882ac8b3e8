import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

// What the public profile and the open-data export read alike: the organization's own columns and the
// rows that hang off it, for many organizations in one query each.

/** An organization's text and contact columns (`organizations as o`), as every reader of a profile selects them. */
export const ORGANIZATION_COLUMNS = [
	'o.slug',
	'o.name',
	'o.short_name',
	'o.description',
	'o.offer',
	'o.email',
	'o.website',
	'o.accessibility_note'
] as const;

/** The phone numbers of the given organizations, in their order. */
export function loadPhones(db: Kysely<Database>, organizationIds: number[]) {
	return db
		.selectFrom('phones')
		.select(['organization_id', 'position', 'number', 'label'])
		.where('organization_id', 'in', organizationIds)
		.orderBy('position')
		.execute();
}

/** The contact persons of the given organizations; only those who consented to publication ever leave the portal. */
export function loadPublishedContacts(db: Kysely<Database>, organizationIds: number[]) {
	return db
		.selectFrom('contacts')
		.select(['organization_id', 'position', 'name', 'role', 'phone', 'email'])
		.where('organization_id', 'in', organizationIds)
		.where('publish_consent', '=', 1)
		.orderBy('position')
		.execute();
}

/** The weekly hours of the given organizations, by kind, then by day and time. */
export function loadSchedules(db: Kysely<Database>, organizationIds: number[]) {
	return db
		.selectFrom('schedules')
		.select(['organization_id', 'kind', 'weekday', 'opens_at', 'closes_at', 'note'])
		.where('organization_id', 'in', organizationIds)
		.orderBy('kind')
		.orderBy('weekday')
		.orderBy('opens_at')
		.execute();
}
