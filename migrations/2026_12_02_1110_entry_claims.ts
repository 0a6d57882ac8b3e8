import { sql, type Kysely } from 'kysely';
import { id, createdAt, partOf, byPerson, createIndex } from './kit/schema';

// A one-time link in the freshness reminder of an entry nobody has an account for: whoever answers
// it asks to become the entry's admin, and the coordinator confirms with an invitation.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('entry_claims')
		.$call(id)
		.$call(partOf('organization_id', 'organizations'))
		.addColumn('token_hash', 'blob', (c) => c.notNull().unique())
		.addColumn('status', 'text', (c) =>
			c
				.notNull()
				.defaultTo('sent')
				.check(sql`status in ('sent','requested','accepted','declined')`)
		)
		.addColumn('claimant_name', 'text')
		.addColumn('claimant_email', 'text')
		.addColumn('requested_at', 'text')
		.$call(byPerson('decided_by'))
		.addColumn('decided_at', 'text')
		.$call(createdAt)
		.addColumn('expires_at', 'text', (c) => c.notNull())
		.execute();
	await createIndex(db, 'entry_claims_status', 'entry_claims', ['status', 'organization_id']);
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('entry_claims').execute();
}
