import { sql, type Kysely } from 'kysely';
import { partOf } from './kit/schema';

// A partner's main topics and target groups (ranked first on the directory's topic pages), and
// English, Polish and Czech versions of its name, description and offer. Empty text means "not
// translated": the public page then shows the German text.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.alterTable('organization_terms')
		.addColumn('is_main', 'integer', (c) =>
			c
				.notNull()
				.defaultTo(0)
				.check(sql`is_main in (0, 1)`)
		)
		.execute();
	await db.schema
		.createTable('organization_translations')
		.$call(partOf('organization_id', 'organizations'))
		.addColumn('locale', 'text', (c) => c.notNull().check(sql`locale in ('en','pl','cs')`))
		.addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('offer', 'text', (c) => c.notNull().defaultTo(''))
		.addPrimaryKeyConstraint('organization_translations_pk', ['organization_id', 'locale'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('organization_translations').execute();
	await db.schema.alterTable('organization_terms').dropColumn('is_main').execute();
}
