import { sql, type Kysely } from 'kysely';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

// Brokering: the coordinator suggests partners for an open proposal and introduces them to its
// authors. Score and reasons are kept as they were when suggested, so later profile edits do not
// rewrite why a match was made.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('proposal_matches')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('proposal_id', 'integer', (c) => c.notNull().references('proposals.id').onDelete('cascade'))
		.addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
		.addColumn('status', 'text', (c) =>
			c
				.notNull()
				.defaultTo('suggested')
				.check(sql`status in ('suggested','contacted','involved','declined')`)
		)
		.addColumn('score', 'real', (c) => c.notNull())
		.addColumn('reasons', 'text', (c) => c.notNull().defaultTo('[]'))
		.addColumn('suggested_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('introduced_at', 'text')
		.addColumn('introduced_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('note', 'text')
		.addColumn('decline_reason', 'text')
		.addColumn('mail_error', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
		.addUniqueConstraint('proposal_matches_once', ['proposal_id', 'organization_id'])
		.execute();
	await db.schema
		.createIndex('proposal_matches_organization')
		.on('proposal_matches')
		.column('organization_id')
		.execute();
	await db.schema.createIndex('proposal_matches_status').on('proposal_matches').column('status').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('proposal_matches').execute();
}
