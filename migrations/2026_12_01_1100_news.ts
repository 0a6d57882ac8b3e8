import { sql, type Kysely } from 'kysely';
import { id, createdAt, updatedAt, byPerson, createIndex } from './kit/schema';

// Aktuelles: press releases and events of the coordination, and events partners submit for approval.
// Event times are stored as UTC ISO strings; they are entered and shown in Europe/Berlin.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('news_items')
		.$call(id)
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
		.$call(byPerson('author_id'))
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
		.$call(createdAt)
		.$call(updatedAt)
		.addCheckConstraint(
			'news_items_event_times',
			sql`kind <> 'event' or (starts_at is not null and ends_at > starts_at)`
		)
		.execute();
	await createIndex(db, 'news_items_status_published', 'news_items', ['status', 'published_at']);
	await createIndex(db, 'news_items_status_starts', 'news_items', ['status', 'starts_at']);
	await createIndex(db, 'news_items_organization', 'news_items', 'organization_id');
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('news_items').execute();
}
