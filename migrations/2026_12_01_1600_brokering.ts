import { sql, type Kysely } from 'kysely';
import { id, createdAt, updatedAt, partOf, byPerson, createIndex } from './kit/schema';

// Brokering: the coordinator suggests partners for an open proposal and introduces them to its
// authors. Score and reasons are kept as they were when suggested, so later profile edits do not
// rewrite why a match was made.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('proposal_matches')
		.$call(id)
		.$call(partOf('proposal_id', 'proposals'))
		.$call(partOf('organization_id', 'organizations'))
		.addColumn('status', 'text', (c) =>
			c
				.notNull()
				.defaultTo('suggested')
				.check(sql`status in ('suggested','contacted','involved','declined')`)
		)
		.addColumn('score', 'real', (c) => c.notNull())
		.addColumn('reasons', 'text', (c) => c.notNull().defaultTo('[]'))
		.$call(byPerson('suggested_by'))
		.addColumn('introduced_at', 'text')
		.$call(byPerson('introduced_by'))
		.addColumn('note', 'text')
		.addColumn('decline_reason', 'text')
		.addColumn('mail_error', 'text')
		.$call(createdAt)
		.$call(updatedAt)
		.addUniqueConstraint('proposal_matches_once', ['proposal_id', 'organization_id'])
		.execute();
	await createIndex(db, 'proposal_matches_organization', 'proposal_matches', 'organization_id');
	await createIndex(db, 'proposal_matches_status', 'proposal_matches', 'status');
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('proposal_matches').execute();
}
