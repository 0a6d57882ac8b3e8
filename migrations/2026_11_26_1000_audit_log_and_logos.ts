import { sql, type Kysely } from 'kysely';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

// Who changed what in an organization's profile, and the partners' own logos.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('audit_log')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		// No foreign key: the history of an organization outlives its deletion.
		.addColumn('organization_id', 'integer', (c) => c.notNull())
		// Null once the person's account was deleted, or for changes made by a script.
		.addColumn('actor_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('field', 'text', (c) => c.notNull())
		.addColumn('old_value', 'text')
		.addColumn('new_value', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.execute();
	await db.schema
		.createIndex('audit_log_organization')
		.on('audit_log')
		.columns(['organization_id', 'created_at'])
		.execute();

	await db.schema
		.createTable('organization_logos')
		.addColumn('organization_id', 'integer', (c) =>
			c.primaryKey().references('organizations.id').onDelete('cascade')
		)
		// Always re-encoded by the server; the uploaded bytes are never stored.
		.addColumn('image', 'blob', (c) => c.notNull())
		.addColumn('content_type', 'text', (c) => c.notNull())
		.addColumn('width', 'integer', (c) => c.notNull())
		.addColumn('height', 'integer', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('organization_logos').execute();
	await db.schema.dropTable('audit_log').execute();
}
