import { sql, type Kysely } from 'kysely';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

// A translation of one of the portal's own pages into English, Polish or Czech, entered by the
// coordinator. The German page keeps its revision history; a translation is simply replaced.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('page_translations')
		.addColumn('page_id', 'integer', (c) => c.notNull().references('pages.id').onDelete('cascade'))
		.addColumn('locale', 'text', (c) => c.notNull().check(sql`locale in ('en','pl','cs')`))
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('body', 'text', (c) => c.notNull())
		.addColumn('updated_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
		.addPrimaryKeyConstraint('page_translations_pk', ['page_id', 'locale'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('page_translations').execute();
}
