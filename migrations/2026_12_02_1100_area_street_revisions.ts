import { sql, type Kysely } from 'kysely';
import { id, createdAt, partOf, byPerson, createIndex } from './kit/schema';

// The street list of an area as it stood before each change (form, import, restore), so that the
// coordinator can go back to it in one step.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('service_area_revisions')
		.$call(id)
		.$call(partOf('service_area_id', 'service_areas'))
		.addColumn('reason', 'text', (c) =>
			c.notNull().check(sql`reason in ('edited','import-added','import-replaced','restored')`)
		)
		.addColumn('streets', 'text', (c) => c.notNull())
		.addColumn('street_count', 'integer', (c) => c.notNull())
		.$call(byPerson('created_by'))
		.$call(createdAt)
		.execute();
	await createIndex(db, 'service_area_revisions_area', 'service_area_revisions', ['service_area_id', 'id']);
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('service_area_revisions').execute();
}
