import { sql, type Kysely } from 'kysely';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

// Around a proposal: the comment thread for questions (the coordinator can hide a comment, it is kept
// for the record) and the people following it to hear about status changes and new team members.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('proposal_comments')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('proposal_id', 'integer', (c) => c.notNull().references('proposals.id').onDelete('cascade'))
		.addColumn('author_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('organization_id', 'integer', (c) => c.references('organizations.id').onDelete('set null'))
		.addColumn('body', 'text', (c) => c.notNull())
		.addColumn('hidden_at', 'text')
		.addColumn('hidden_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.execute();
	await db.schema
		.createIndex('proposal_comments_proposal')
		.on('proposal_comments')
		.columns(['proposal_id', 'id'])
		.execute();

	await db.schema
		.createTable('proposal_followers')
		.addColumn('proposal_id', 'integer', (c) => c.notNull().references('proposals.id').onDelete('cascade'))
		.addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.addPrimaryKeyConstraint('proposal_followers_pk', ['proposal_id', 'user_id'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('proposal_followers').execute();
	await db.schema.dropTable('proposal_comments').execute();
}
