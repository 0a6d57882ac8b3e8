import type { Kysely } from 'kysely';
import { encodedImage, oneRowPerOrganization, updatedAt } from './kit/schema';

// The portrait of a partner's contact person, e.g. a Bürgerpolizist; one per partner. It names the
// person rather than the contact row, because saving a profile rewrites the contact rows: the photo
// is shown only while a contact of that name who consented to publication exists.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('contact_photos')
		.$call(oneRowPerOrganization)
		.addColumn('person_name', 'text', (c) => c.notNull())
		.$call(encodedImage)
		.$call(updatedAt)
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('contact_photos').execute();
}
