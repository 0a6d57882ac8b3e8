import { sql, type Kysely } from 'kysely';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

// Guides for life situations ("Was tun bei …?"): the coordinator writes them like the KPR's pages, every
// save appends a German revision; translations into English, Polish and Czech are replaced in place.
// Linked topics and partners are shown as contact cards on the guide.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('guides')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('slug', 'text', (c) => c.notNull().unique())
		// 1: the situation can be dangerous; the page opens with the emergency numbers.
		.addColumn('about_danger', 'integer', (c) =>
			c
				.notNull()
				.defaultTo(0)
				.check(sql`about_danger in (0, 1)`)
		)
		.addColumn('published', 'integer', (c) =>
			c
				.notNull()
				.defaultTo(0)
				.check(sql`published in (0, 1)`)
		)
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.execute();

	// Never updated: the newest row of a guide is its German text.
	await db.schema
		.createTable('guide_revisions')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('guide_id', 'integer', (c) => c.notNull().references('guides.id').onDelete('cascade'))
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('summary', 'text', (c) => c.notNull())
		.addColumn('first_steps', 'text', (c) => c.notNull())
		.addColumn('emergency', 'text', (c) => c.notNull())
		.addColumn('keywords', 'text', (c) => c.notNull())
		.addColumn('author_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('restored_from', 'integer')
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.execute();
	await db.schema.createIndex('guide_revisions_guide').on('guide_revisions').columns(['guide_id', 'id']).execute();

	await db.schema
		.createTable('guide_translations')
		.addColumn('guide_id', 'integer', (c) => c.notNull().references('guides.id').onDelete('cascade'))
		.addColumn('locale', 'text', (c) => c.notNull().check(sql`locale in ('en','pl','cs')`))
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('summary', 'text', (c) => c.notNull())
		.addColumn('first_steps', 'text', (c) => c.notNull())
		.addColumn('emergency', 'text', (c) => c.notNull())
		.addColumn('keywords', 'text', (c) => c.notNull())
		.addColumn('updated_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
		.addPrimaryKeyConstraint('guide_translations_pk', ['guide_id', 'locale'])
		.execute();

	await db.schema
		.createTable('guide_terms')
		.addColumn('guide_id', 'integer', (c) => c.notNull().references('guides.id').onDelete('cascade'))
		.addColumn('term_id', 'integer', (c) => c.notNull().references('taxonomy_terms.id').onDelete('cascade'))
		.addPrimaryKeyConstraint('guide_terms_pk', ['guide_id', 'term_id'])
		.execute();
	await db.schema.createIndex('guide_terms_term').on('guide_terms').column('term_id').execute();

	await db.schema
		.createTable('guide_partners')
		.addColumn('guide_id', 'integer', (c) => c.notNull().references('guides.id').onDelete('cascade'))
		.addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
		.addColumn('position', 'integer', (c) => c.notNull())
		.addPrimaryKeyConstraint('guide_partners_pk', ['guide_id', 'organization_id'])
		.execute();
	await db.schema.createIndex('guide_partners_organization').on('guide_partners').column('organization_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('guide_partners').execute();
	await db.schema.dropTable('guide_terms').execute();
	await db.schema.dropTable('guide_translations').execute();
	await db.schema.dropTable('guide_revisions').execute();
	await db.schema.dropTable('guides').execute();
}
