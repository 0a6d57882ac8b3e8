import { sql, type Kysely } from 'kysely';
import { id, createdAt, partOf, createIndex } from './kit/schema';

// Notifications (new proposals, meetings, announcements) are queued in the transaction of the change
// and mailed afterwards: at once, or collected in the daily digest, as each person chose.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('notifications')
		.$call(id)
		.$call(partOf('user_id', 'users'))
		.addColumn('delivery', 'text', (c) => c.notNull().check(sql`delivery in ('immediate','daily')`))
		.addColumn('subject', 'text', (c) => c.notNull())
		.addColumn('body', 'text', (c) => c.notNull())
		.addColumn('link', 'text', (c) => c.notNull())
		.addColumn('link_label', 'text', (c) => c.notNull())
		.$call(createdAt)
		.addColumn('sent_at', 'text')
		.addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
		.execute();
	await createIndex(db, 'notifications_pending', 'notifications', ['sent_at', 'delivery', 'user_id']);
	// Only lets its holder switch notifications off, so it is stored as it is mailed (not hashed).
	await db.schema.alterTable('users').addColumn('unsubscribe_token', 'text').execute();
	await db.schema.createIndex('users_unsubscribe_token').unique().on('users').column('unsubscribe_token').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropIndex('users_unsubscribe_token').execute();
	await db.schema.alterTable('users').dropColumn('unsubscribe_token').execute();
	await db.schema.dropTable('notifications').execute();
}
