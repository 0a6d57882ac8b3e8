import type { Kysely } from 'kysely';
import { id, createdAt, updatedAt, partOf, byPerson, createIndex, dropTables } from './kit/schema';

// What happens inside a working group: meetings with minutes and attachments, announcements with
// replies, and each person's secret calendar feed (only the token's SHA-256 is stored).
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('working_group_meetings')
		.$call(id)
		.$call(partOf('group_id', 'working_groups'))
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('starts_at', 'text', (c) => c.notNull())
		.addColumn('ends_at', 'text', (c) => c.notNull())
		.addColumn('location', 'text')
		.addColumn('video_url', 'text')
		.addColumn('agenda', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('minutes', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('cancelled_at', 'text')
		.$call(byPerson('created_by'))
		.$call(createdAt)
		.$call(updatedAt)
		.execute();
	await createIndex(db, 'working_group_meetings_group', 'working_group_meetings', ['group_id', 'starts_at']);

	await db.schema
		.createTable('working_group_attachments')
		.$call(id)
		.$call(partOf('meeting_id', 'working_group_meetings'))
		.addColumn('file_name', 'text', (c) => c.notNull())
		.addColumn('content_type', 'text', (c) => c.notNull())
		.addColumn('size', 'integer', (c) => c.notNull())
		.addColumn('data', 'blob', (c) => c.notNull())
		.$call(byPerson('uploaded_by'))
		.$call(createdAt)
		.execute();
	await createIndex(db, 'working_group_attachments_meeting', 'working_group_attachments', 'meeting_id');

	await db.schema
		.createTable('working_group_announcements')
		.$call(id)
		.$call(partOf('group_id', 'working_groups'))
		.$call(byPerson('author_id'))
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('body', 'text', (c) => c.notNull())
		.$call(createdAt)
		.execute();
	await createIndex(db, 'working_group_announcements_group', 'working_group_announcements', [
		'group_id',
		'created_at'
	]);

	await db.schema
		.createTable('working_group_replies')
		.$call(id)
		.$call(partOf('announcement_id', 'working_group_announcements'))
		.$call(byPerson('author_id'))
		.addColumn('body', 'text', (c) => c.notNull())
		.$call(createdAt)
		.execute();
	await createIndex(db, 'working_group_replies_announcement', 'working_group_replies', 'announcement_id');

	await db.schema
		.createTable('calendar_feed_tokens')
		.addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
		.addColumn('token_hash', 'blob', (c) => c.notNull().unique())
		.$call(createdAt)
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await dropTables(db, [
		'calendar_feed_tokens',
		'working_group_replies',
		'working_group_announcements',
		'working_group_attachments',
		'working_group_meetings'
	]);
}
