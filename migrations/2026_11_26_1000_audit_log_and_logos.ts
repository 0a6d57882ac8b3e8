import type { Kysely } from 'kysely';
import { id, createdAt, updatedAt, byPerson, createIndex, oneRowPerOrganization, encodedImage } from './kit/schema';

// Who changed what in an organization's profile, and the partners' own logos.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('audit_log')
		.$call(id)
		// No foreign key: the history of an organization outlives its deletion.
		.addColumn('organization_id', 'integer', (c) => c.notNull())
		// Null once the person's account was deleted, or for changes made by a script.
		.$call(byPerson('actor_id'))
		.addColumn('field', 'text', (c) => c.notNull())
		.addColumn('old_value', 'text')
		.addColumn('new_value', 'text')
		.$call(createdAt)
		.execute();
	await createIndex(db, 'audit_log_organization', 'audit_log', ['organization_id', 'created_at']);

	await db.schema
		.createTable('organization_logos')
		.$call(oneRowPerOrganization)
		.$call(encodedImage)
		.$call(updatedAt)
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('organization_logos').execute();
	await db.schema.dropTable('audit_log').execute();
}
