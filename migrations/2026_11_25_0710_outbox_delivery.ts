import type { Kysely } from 'kysely';

// Delivered entries are kept for a while (instead of deleted) so that a reindex can replay the
// changes committed while it was reading the database.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('search_outbox').addColumn('delivered_at', 'text').execute();
	await db.schema.createIndex('search_outbox_pending').on('search_outbox').columns(['delivered_at', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropIndex('search_outbox_pending').execute();
	await db.schema.alterTable('search_outbox').dropColumn('delivered_at').execute();
}
