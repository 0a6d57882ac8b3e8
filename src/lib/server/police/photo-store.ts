import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { ProcessedLogo } from '../partners/logo';

export interface StoredPhoto {
	image: Uint8Array;
	contentType: string;
	updatedAt: string;
}

/** Sets the partner's portrait of one contact person, replacing any earlier one; `photo` comes from processLogo. */
export async function saveContactPhoto(
	db: Kysely<Database>,
	organizationId: number,
	personName: string,
	photo: ProcessedLogo
): Promise<void> {
	const row = {
		image: photo.image,
		content_type: photo.contentType,
		width: photo.width,
		height: photo.height,
		updated_at: new Date().toISOString()
	};
	await db
		.insertInto('contact_photos')
		.values({ organization_id: organizationId, person_name: personName, ...row })
		.onConflict((oc) => oc.column('organization_id').doUpdateSet({ person_name: personName, ...row }))
		.execute();
}

export async function deleteContactPhoto(db: Kysely<Database>, organizationId: number): Promise<void> {
	await db.deleteFrom('contact_photos').where('organization_id', '=', organizationId).execute();
}

/**
 * The portrait citizens may see: of a published partner, of a person who is listed there as a
 * contact and consented to publication. Consent withdrawn or person gone: no photo.
 */
export async function getPublicContactPhoto(db: Kysely<Database>, slug: string): Promise<StoredPhoto | null> {
	const row = await publicPhotos(db)
		.select(['p.image', 'p.content_type', 'p.updated_at'])
		.where('o.slug', '=', slug)
		.executeTakeFirst();
	return row ? { image: row.image, contentType: row.content_type, updatedAt: row.updated_at } : null;
}

/** The ids of the given organizations that have a public portrait. */
export async function listOrganizationsWithPublicPhoto(
	db: Kysely<Database>,
	organizationIds: number[]
): Promise<Set<number>> {
	if (organizationIds.length === 0) return new Set();
	const rows = await publicPhotos(db).select('o.id').where('o.id', 'in', organizationIds).execute();
	return new Set(rows.map((row) => row.id));
}

/** Whose portrait the organization holds (for the coordinator), public or not. */
export async function getPhotoPersonName(db: Kysely<Database>, organizationId: number): Promise<string | null> {
	const row = await db
		.selectFrom('contact_photos')
		.select('person_name')
		.where('organization_id', '=', organizationId)
		.executeTakeFirst();
	return row?.person_name ?? null;
}

function publicPhotos(db: Kysely<Database>) {
	return db
		.selectFrom('contact_photos as p')
		.innerJoin('organizations as o', 'o.id', 'p.organization_id')
		.innerJoin('contacts as c', (join) =>
			join.onRef('c.organization_id', '=', 'p.organization_id').onRef('c.name', '=', 'p.person_name')
		)
		.where('o.status', '=', 'published')
		.where('c.publish_consent', '=', 1);
}

/** The names of the organization's contacts who consented to publication: whose photo may be shown. */
export async function listConsentingContactNames(db: Kysely<Database>, organizationId: number): Promise<string[]> {
	const rows = await db
		.selectFrom('contacts')
		.select('name')
		.where('organization_id', '=', organizationId)
		.where('publish_consent', '=', 1)
		.orderBy('position')
		.execute();
	return rows.map((row) => row.name);
}
