import { sql, type Kysely } from 'kysely';
import { id, createdAt, updatedAt, partOf, byPerson, createIndex } from './kit/schema';

// Guides for life situations ("Was tun bei …?"): the coordinator writes them like the KPR's pages, every
// save appends a German revision; translations into English, Polish and Czech are replaced in place.
// Linked topics and partners are shown as contact cards on the guide.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('guides')
		.$call(id)
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
		.$call(createdAt)
		.execute();

	// Never updated: the newest row of a guide is its German text.
	await db.schema
		.createTable('guide_revisions')
		.$call(id)
		.$call(partOf('guide_id', 'guides'))
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('summary', 'text', (c) => c.notNull())
		.addColumn('first_steps', 'text', (c) => c.notNull())
		.addColumn('emergency', 'text', (c) => c.notNull())
		.addColumn('keywords', 'text', (c) => c.notNull())
		.$call(byPerson('author_id'))
		.addColumn('restored_from', 'integer')
		.$call(createdAt)
		.execute();
	await createIndex(db, 'guide_revisions_guide', 'guide_revisions', ['guide_id', 'id']);

	await db.schema
		.createTable('guide_translations')
		.$call(partOf('guide_id', 'guides'))
		.addColumn('locale', 'text', (c) => c.notNull().check(sql`locale in ('en','pl','cs')`))
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('summary', 'text', (c) => c.notNull())
		.addColumn('first_steps', 'text', (c) => c.notNull())
		.addColumn('emergency', 'text', (c) => c.notNull())
		.addColumn('keywords', 'text', (c) => c.notNull())
		.$call(byPerson('updated_by'))
		.$call(updatedAt)
		.addPrimaryKeyConstraint('guide_translations_pk', ['guide_id', 'locale'])
		.execute();

	await db.schema
		.createTable('guide_terms')
		.$call(partOf('guide_id', 'guides'))
		.$call(partOf('term_id', 'taxonomy_terms'))
		.addPrimaryKeyConstraint('guide_terms_pk', ['guide_id', 'term_id'])
		.execute();
	await createIndex(db, 'guide_terms_term', 'guide_terms', 'term_id');

	await db.schema
		.createTable('guide_partners')
		.$call(partOf('guide_id', 'guides'))
		.$call(partOf('organization_id', 'organizations'))
		.addColumn('position', 'integer', (c) => c.notNull())
		.addPrimaryKeyConstraint('guide_partners_pk', ['guide_id', 'organization_id'])
		.execute();
	await createIndex(db, 'guide_partners_organization', 'guide_partners', 'organization_id');
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('guide_partners').execute();
	await db.schema.dropTable('guide_terms').execute();
	await db.schema.dropTable('guide_translations').execute();
	await db.schema.dropTable('guide_revisions').execute();
	await db.schema.dropTable('guides').execute();
}
