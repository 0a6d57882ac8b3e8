import type { Kysely } from 'kysely';
import { id, partOf, createIndex } from './kit/schema';
import { sql } from 'kysely';

// Days a partner is closed besides its weekly hours (summer break, a training day), each with a
// reason shown on the public profile. Public holidays are computed, not stored here.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('closures')
		.$call(id)
		.$call(partOf('organization_id', 'organizations'))
		.addColumn('starts_on', 'text', (c) => c.notNull())
		.addColumn('ends_on', 'text', (c) => c.notNull())
		.addColumn('reason', 'text', (c) => c.notNull())
		.addCheckConstraint('closures_range', sql`ends_on >= starts_on`)
		.execute();
	await createIndex(db, 'closures_organization', 'closures', ['organization_id', 'ends_on']);
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('closures').execute();
}
