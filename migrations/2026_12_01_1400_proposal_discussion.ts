import type { Kysely } from 'kysely';
import { id, createdAt, partOf, byPerson, createIndex } from './kit/schema';

// Around a proposal: the comment thread for questions (the coordinator can hide a comment, it is kept
// for the record) and the people following it to hear about status changes and new team members.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('proposal_comments')
		.$call(id)
		.$call(partOf('proposal_id', 'proposals'))
		.$call(byPerson('author_id'))
		.addColumn('organization_id', 'integer', (c) => c.references('organizations.id').onDelete('set null'))
		.addColumn('body', 'text', (c) => c.notNull())
		.addColumn('hidden_at', 'text')
		.$call(byPerson('hidden_by'))
		.$call(createdAt)
		.execute();
	await createIndex(db, 'proposal_comments_proposal', 'proposal_comments', ['proposal_id', 'id']);

	await db.schema
		.createTable('proposal_followers')
		.$call(partOf('proposal_id', 'proposals'))
		.$call(partOf('user_id', 'users'))
		.$call(createdAt)
		.addPrimaryKeyConstraint('proposal_followers_pk', ['proposal_id', 'user_id'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('proposal_followers').execute();
	await db.schema.dropTable('proposal_comments').execute();
}
