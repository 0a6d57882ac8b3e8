import { sql, type Kysely } from 'kysely';
import { id, createdAt, updatedAt, partOf, byPerson, createIndex, dropTables } from './kit/schema';

// The core of collaboration between partners: project proposals with the organizations offering to
// take part, and the KPR's working groups with their member organizations. Topics, target groups and
// Ortsteile reuse taxonomy_terms, so proposals, groups and partner profiles share one vocabulary.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('proposals')
		.$call(id)
		.addColumn('slug', 'text', (c) => c.notNull().unique())
		.$call(partOf('organization_id', 'organizations'))
		.$call(byPerson('created_by'))
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('summary', 'text', (c) => c.notNull())
		.addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('looking_for', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('timeframe', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('status', 'text', (c) =>
			c
				.notNull()
				.defaultTo('draft')
				.check(sql`status in ('draft','open','in_progress','completed','withdrawn')`)
		)
		.addColumn('visibility', 'text', (c) =>
			c
				.notNull()
				.defaultTo('partners')
				.check(sql`visibility in ('partners','public')`)
		)
		.addColumn('action_field_id', 'integer', (c) => c.references('action_fields.id').onDelete('set null'))
		.addColumn('opened_at', 'text')
		.$call(createdAt)
		.$call(updatedAt)
		.execute();
	await createIndex(db, 'proposals_organization', 'proposals', 'organization_id');
	await createIndex(db, 'proposals_status', 'proposals', ['status', 'visibility']);

	await db.schema
		.createTable('proposal_terms')
		.$call(partOf('proposal_id', 'proposals'))
		.$call(partOf('term_id', 'taxonomy_terms'))
		.addPrimaryKeyConstraint('proposal_terms_pk', ['proposal_id', 'term_id'])
		.execute();

	await db.schema
		.createTable('proposal_offers')
		.$call(id)
		.$call(partOf('proposal_id', 'proposals'))
		.$call(partOf('organization_id', 'organizations'))
		.$call(byPerson('offered_by'))
		.addColumn('message', 'text', (c) => c.notNull())
		.addColumn('status', 'text', (c) =>
			c
				.notNull()
				.defaultTo('pending')
				.check(sql`status in ('pending','accepted','declined','withdrawn')`)
		)
		.$call(byPerson('decided_by'))
		.addColumn('decided_at', 'text')
		.$call(createdAt)
		.addUniqueConstraint('proposal_offers_once', ['proposal_id', 'organization_id'])
		.execute();

	await db.schema
		.createTable('working_groups')
		.$call(id)
		.addColumn('slug', 'text', (c) => c.notNull().unique())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
		.$call(byPerson('lead_user_id'))
		.addColumn('join_policy', 'text', (c) =>
			c
				.notNull()
				.defaultTo('on_request')
				.check(sql`join_policy in ('open','on_request')`)
		)
		.addColumn('action_field_id', 'integer', (c) => c.references('action_fields.id').onDelete('set null'))
		.addColumn('archived_at', 'text')
		.$call(createdAt)
		.$call(updatedAt)
		.execute();

	await db.schema
		.createTable('working_group_terms')
		.$call(partOf('group_id', 'working_groups'))
		.$call(partOf('term_id', 'taxonomy_terms'))
		.addPrimaryKeyConstraint('working_group_terms_pk', ['group_id', 'term_id'])
		.execute();

	await db.schema
		.createTable('working_group_members')
		.$call(id)
		.$call(partOf('group_id', 'working_groups'))
		.$call(partOf('organization_id', 'organizations'))
		.addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('requested','member','declined')`))
		.$call(byPerson('requested_by'))
		.addColumn('message', 'text')
		.$call(byPerson('decided_by'))
		.addColumn('decided_at', 'text')
		.$call(createdAt)
		.addUniqueConstraint('working_group_members_once', ['group_id', 'organization_id'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await dropTables(db, [
		'working_group_members',
		'working_group_terms',
		'working_groups',
		'proposal_offers',
		'proposal_terms',
		'proposals'
	]);
}
