import type { Kysely } from 'kysely';
import { sql } from 'kysely';

// Days a partner is closed besides its weekly hours (summer break, a training day), each with a
// reason shown on the public profile. Public holidays are computed, not stored here.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('closures')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
		.addColumn('starts_on', 'text', (c) => c.notNull())
		.addColumn('ends_on', 'text', (c) => c.notNull())
		.addColumn('reason', 'text', (c) => c.notNull())
		.addCheckConstraint('closures_range', sql`ends_on >= starts_on`)
		.execute();
	await db.schema
		.createIndex('closures_organization')
		.on('closures')
		.columns(['organization_id', 'ends_on'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('closures').execute();
}
