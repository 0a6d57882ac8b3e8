import { sql, type Kysely } from 'kysely';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

// The core of collaboration between partners: project proposals with the organizations offering to
// take part, and the KPR's working groups with their member organizations. Topics, target groups and
// Ortsteile reuse taxonomy_terms, so proposals, groups and partner profiles share one vocabulary.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('proposals')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('slug', 'text', (c) => c.notNull().unique())
		.addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
		.addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
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
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
		.execute();
	await db.schema.createIndex('proposals_organization').on('proposals').column('organization_id').execute();
	await db.schema.createIndex('proposals_status').on('proposals').columns(['status', 'visibility']).execute();

	await db.schema
		.createTable('proposal_terms')
		.addColumn('proposal_id', 'integer', (c) => c.notNull().references('proposals.id').onDelete('cascade'))
		.addColumn('term_id', 'integer', (c) => c.notNull().references('taxonomy_terms.id').onDelete('cascade'))
		.addPrimaryKeyConstraint('proposal_terms_pk', ['proposal_id', 'term_id'])
		.execute();

	await db.schema
		.createTable('proposal_offers')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('proposal_id', 'integer', (c) => c.notNull().references('proposals.id').onDelete('cascade'))
		.addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
		.addColumn('offered_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('message', 'text', (c) => c.notNull())
		.addColumn('status', 'text', (c) =>
			c
				.notNull()
				.defaultTo('pending')
				.check(sql`status in ('pending','accepted','declined','withdrawn')`)
		)
		.addColumn('decided_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('decided_at', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.addUniqueConstraint('proposal_offers_once', ['proposal_id', 'organization_id'])
		.execute();

	await db.schema
		.createTable('working_groups')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('slug', 'text', (c) => c.notNull().unique())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('lead_user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('join_policy', 'text', (c) =>
			c
				.notNull()
				.defaultTo('on_request')
				.check(sql`join_policy in ('open','on_request')`)
		)
		.addColumn('action_field_id', 'integer', (c) => c.references('action_fields.id').onDelete('set null'))
		.addColumn('archived_at', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
		.execute();

	await db.schema
		.createTable('working_group_terms')
		.addColumn('group_id', 'integer', (c) => c.notNull().references('working_groups.id').onDelete('cascade'))
		.addColumn('term_id', 'integer', (c) => c.notNull().references('taxonomy_terms.id').onDelete('cascade'))
		.addPrimaryKeyConstraint('working_group_terms_pk', ['group_id', 'term_id'])
		.execute();

	await db.schema
		.createTable('working_group_members')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('group_id', 'integer', (c) => c.notNull().references('working_groups.id').onDelete('cascade'))
		.addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
		.addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('requested','member','declined')`))
		.addColumn('requested_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('message', 'text')
		.addColumn('decided_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('decided_at', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.addUniqueConstraint('working_group_members_once', ['group_id', 'organization_id'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const table of [
		'working_group_members',
		'working_group_terms',
		'working_groups',
		'proposal_offers',
		'proposal_terms',
		'proposals'
	]) {
		await db.schema.dropTable(table).execute();
	}
}
