import { sql, type Kysely } from 'kysely';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

// The street list of an area as it stood before each change (form, import, restore), so that the
// coordinator can go back to it in one step.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('service_area_revisions')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('service_area_id', 'integer', (c) => c.notNull().references('service_areas.id').onDelete('cascade'))
		.addColumn('reason', 'text', (c) =>
			c.notNull().check(sql`reason in ('edited','import-added','import-replaced','restored')`)
		)
		.addColumn('streets', 'text', (c) => c.notNull())
		.addColumn('street_count', 'integer', (c) => c.notNull())
		.addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.execute();
	await db.schema
		.createIndex('service_area_revisions_area')
		.on('service_area_revisions')
		.columns(['service_area_id', 'id'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('service_area_revisions').execute();
}
