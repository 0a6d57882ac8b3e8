import { sql, type Kysely } from 'kysely';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

// The KPR's own pages and the legal pages with every saved version, the reports of the security
// analysis, and the sign-language video of the start page. Files live in the database so that a
// backup of the one SQLite file holds everything.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('pages')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('slug', 'text', (c) => c.notNull().unique())
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.execute();

	// Never updated: every save and every restore appends a row; the newest one is the page.
	await db.schema
		.createTable('page_revisions')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('page_id', 'integer', (c) => c.notNull().references('pages.id').onDelete('cascade'))
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('body', 'text', (c) => c.notNull())
		// Null for the portal's initial text, or once the author's account was deleted.
		.addColumn('author_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('restored_from', 'integer')
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.execute();
	await db.schema.createIndex('page_revisions_page').on('page_revisions').columns(['page_id', 'id']).execute();

	await db.schema
		.createTable('security_reports')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('year', 'integer', (c) => c.notNull())
		.addColumn('file_name', 'text', (c) => c.notNull())
		.addColumn('content_type', 'text', (c) => c.notNull())
		.addColumn('size', 'integer', (c) => c.notNull())
		.addColumn('data', 'blob', (c) => c.notNull())
		.addColumn('uploaded_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.execute();

	// At most one video: the row with id 1.
	await db.schema
		.createTable('sign_language_videos')
		.addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
		.addColumn('content_type', 'text', (c) => c.notNull())
		.addColumn('size', 'integer', (c) => c.notNull())
		.addColumn('data', 'blob', (c) => c.notNull())
		.addColumn('transcript', 'text', (c) => c.notNull())
		.addColumn('uploaded_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('sign_language_videos').execute();
	await db.schema.dropTable('security_reports').execute();
	await db.schema.dropTable('page_revisions').execute();
	await db.schema.dropTable('pages').execute();
}
