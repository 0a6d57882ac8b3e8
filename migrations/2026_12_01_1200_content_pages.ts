import { sql, type Kysely } from 'kysely';
import { id, createdAt, updatedAt, partOf, byPerson, createIndex } from './kit/schema';

// The KPR's own pages and the legal pages with every saved version, the reports of the security
// analysis, and the sign-language video of the start page. Files live in the database so that a
// backup of the one SQLite file holds everything.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('pages')
		.$call(id)
		.addColumn('slug', 'text', (c) => c.notNull().unique())
		.$call(createdAt)
		.execute();

	// Never updated: every save and every restore appends a row; the newest one is the page.
	await db.schema
		.createTable('page_revisions')
		.$call(id)
		.$call(partOf('page_id', 'pages'))
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('body', 'text', (c) => c.notNull())
		// Null for the portal's initial text, or once the author's account was deleted.
		.$call(byPerson('author_id'))
		.addColumn('restored_from', 'integer')
		.$call(createdAt)
		.execute();
	await createIndex(db, 'page_revisions_page', 'page_revisions', ['page_id', 'id']);

	await db.schema
		.createTable('security_reports')
		.$call(id)
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('year', 'integer', (c) => c.notNull())
		.addColumn('file_name', 'text', (c) => c.notNull())
		.addColumn('content_type', 'text', (c) => c.notNull())
		.addColumn('size', 'integer', (c) => c.notNull())
		.addColumn('data', 'blob', (c) => c.notNull())
		.$call(byPerson('uploaded_by'))
		.$call(createdAt)
		.execute();

	// At most one video: the row with id 1.
	await db.schema
		.createTable('sign_language_videos')
		.addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
		.addColumn('content_type', 'text', (c) => c.notNull())
		.addColumn('size', 'integer', (c) => c.notNull())
		.addColumn('data', 'blob', (c) => c.notNull())
		.addColumn('transcript', 'text', (c) => c.notNull())
		.$call(byPerson('uploaded_by'))
		.$call(updatedAt)
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('sign_language_videos').execute();
	await db.schema.dropTable('security_reports').execute();
	await db.schema.dropTable('page_revisions').execute();
	await db.schema.dropTable('pages').execute();
}
