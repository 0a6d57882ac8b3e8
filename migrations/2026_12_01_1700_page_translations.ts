import { sql, type Kysely } from 'kysely';
import { updatedAt, partOf, byPerson } from './kit/schema';

// A translation of one of the portal's own pages into English, Polish or Czech, entered by the
// coordinator. The German page keeps its revision history; a translation is simply replaced.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('page_translations')
		.$call(partOf('page_id', 'pages'))
		.addColumn('locale', 'text', (c) => c.notNull().check(sql`locale in ('en','pl','cs')`))
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('body', 'text', (c) => c.notNull())
		.$call(byPerson('updated_by'))
		.$call(updatedAt)
		.addPrimaryKeyConstraint('page_translations_pk', ['page_id', 'locale'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('page_translations').execute();
}
