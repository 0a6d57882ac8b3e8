import { sql, type Kysely } from 'kysely';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

// Aktuelles: press releases and events of the coordination, and events partners submit for approval.
// Event times are stored as UTC ISO strings; they are entered and shown in Europe/Berlin.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('news_items')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('press_release','event')`))
		.addColumn('slug', 'text', (c) => c.notNull().unique())
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('teaser', 'text', (c) => c.notNull())
		.addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('status', 'text', (c) =>
			c
				.notNull()
				.defaultTo('draft')
				.check(sql`status in ('draft','submitted','published','declined')`)
		)
		.addColumn('decline_reason', 'text')
		.addColumn('published_at', 'text')
		.addColumn('author_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('organization_id', 'integer', (c) => c.references('organizations.id').onDelete('cascade'))
		.addColumn('starts_at', 'text')
		.addColumn('ends_at', 'text')
		.addColumn('place_name', 'text')
		.addColumn('place_address', 'text')
		.addColumn('registration_info', 'text')
		.addColumn('wheelchair_accessible', 'text', (c) =>
			c
				.notNull()
				.defaultTo('unknown')
				.check(sql`wheelchair_accessible in ('yes','no','unknown')`)
		)
		.addColumn('accessibility_note', 'text')
		.addColumn('cancelled', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
		.addCheckConstraint(
			'news_items_event_times',
			sql`kind <> 'event' or (starts_at is not null and ends_at > starts_at)`
		)
		.execute();
	await db.schema
		.createIndex('news_items_status_published')
		.on('news_items')
		.columns(['status', 'published_at'])
		.execute();
	await db.schema.createIndex('news_items_status_starts').on('news_items').columns(['status', 'starts_at']).execute();
	await db.schema.createIndex('news_items_organization').on('news_items').column('organization_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('news_items').execute();
}
