import type { Kysely } from 'kysely';
import { updatedAt } from './kit/schema';

// The portrait of a partner's contact person, e.g. a Bürgerpolizist; one per partner. It names the
// person rather than the contact row, because saving a profile rewrites the contact rows: the photo
// is shown only while a contact of that name who consented to publication exists.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('contact_photos')
		.addColumn('organization_id', 'integer', (c) =>
			c.primaryKey().references('organizations.id').onDelete('cascade')
		)
		.addColumn('person_name', 'text', (c) => c.notNull())
		// Always re-encoded by the server; the uploaded bytes are never stored.
		.addColumn('image', 'blob', (c) => c.notNull())
		.addColumn('content_type', 'text', (c) => c.notNull())
		.addColumn('width', 'integer', (c) => c.notNull())
		.addColumn('height', 'integer', (c) => c.notNull())
		.$call(updatedAt)
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('contact_photos').execute();
}
