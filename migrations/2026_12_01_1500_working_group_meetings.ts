import { sql, type Kysely } from 'kysely';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

// What happens inside a working group: meetings with minutes and attachments, announcements with
// replies, and each person's secret calendar feed (only the token's SHA-256 is stored).
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('working_group_meetings')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('group_id', 'integer', (c) => c.notNull().references('working_groups.id').onDelete('cascade'))
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('starts_at', 'text', (c) => c.notNull())
		.addColumn('ends_at', 'text', (c) => c.notNull())
		.addColumn('location', 'text')
		.addColumn('video_url', 'text')
		.addColumn('agenda', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('minutes', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('cancelled_at', 'text')
		.addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
		.execute();
	await db.schema
		.createIndex('working_group_meetings_group')
		.on('working_group_meetings')
		.columns(['group_id', 'starts_at'])
		.execute();

	await db.schema
		.createTable('working_group_attachments')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('meeting_id', 'integer', (c) =>
			c.notNull().references('working_group_meetings.id').onDelete('cascade')
		)
		.addColumn('file_name', 'text', (c) => c.notNull())
		.addColumn('content_type', 'text', (c) => c.notNull())
		.addColumn('size', 'integer', (c) => c.notNull())
		.addColumn('data', 'blob', (c) => c.notNull())
		.addColumn('uploaded_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.execute();
	await db.schema
		.createIndex('working_group_attachments_meeting')
		.on('working_group_attachments')
		.column('meeting_id')
		.execute();

	await db.schema
		.createTable('working_group_announcements')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('group_id', 'integer', (c) => c.notNull().references('working_groups.id').onDelete('cascade'))
		.addColumn('author_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('body', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.execute();
	await db.schema
		.createIndex('working_group_announcements_group')
		.on('working_group_announcements')
		.columns(['group_id', 'created_at'])
		.execute();

	await db.schema
		.createTable('working_group_replies')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('announcement_id', 'integer', (c) =>
			c.notNull().references('working_group_announcements.id').onDelete('cascade')
		)
		.addColumn('author_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('body', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.execute();
	await db.schema
		.createIndex('working_group_replies_announcement')
		.on('working_group_replies')
		.column('announcement_id')
		.execute();

	await db.schema
		.createTable('calendar_feed_tokens')
		.addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
		.addColumn('token_hash', 'blob', (c) => c.notNull().unique())
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const table of [
		'calendar_feed_tokens',
		'working_group_replies',
		'working_group_announcements',
		'working_group_attachments',
		'working_group_meetings'
	]) {
		await db.schema.dropTable(table).execute();
	}
}
