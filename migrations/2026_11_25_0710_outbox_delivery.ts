import type { Kysely } from 'kysely';
import { createIndex } from './kit/schema';

// Delivered entries are kept for a while (instead of deleted) so that a reindex can replay the
// changes committed while it was reading the database.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('search_outbox').addColumn('delivered_at', 'text').execute();
	await createIndex(db, 'search_outbox_pending', 'search_outbox', ['delivered_at', 'id']);
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropIndex('search_outbox_pending').execute();
	await db.schema.alterTable('search_outbox').dropColumn('delivered_at').execute();
}
