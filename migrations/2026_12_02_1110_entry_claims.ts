import { sql, type Kysely } from 'kysely';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

// A one-time link in the freshness reminder of an entry nobody has an account for: whoever answers
// it asks to become the entry's admin, and the coordinator confirms with an invitation.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('entry_claims')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
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
		.addColumn('decided_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('decided_at', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.addColumn('expires_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('entry_claims_status')
		.on('entry_claims')
		.columns(['status', 'organization_id'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('entry_claims').execute();
}
