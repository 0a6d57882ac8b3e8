import { sql, type Kysely } from 'kysely';

// Shapes follow Open Referral HSDS 3: organization, location, contact, phone, schedule, taxonomy_term.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('taxonomy_terms')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('taxonomy', 'text', (c) =>
			c.notNull().check(sql`taxonomy in ('category','topic','target_group','ortsteil','language')`)
		)
		.addColumn('code', 'text', (c) => c.notNull())
		.addColumn('label', 'text', (c) => c.notNull())
		.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
		.addUniqueConstraint('taxonomy_terms_taxonomy_code', ['taxonomy', 'code'])
		.execute();

	await db.schema
		.createTable('organizations')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('slug', 'text', (c) => c.notNull().unique())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('short_name', 'text')
		.addColumn('category_id', 'integer', (c) => c.notNull().references('taxonomy_terms.id'))
		.addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('offer', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('email', 'text')
		.addColumn('website', 'text')
		.addColumn('accessibility_note', 'text')
		.addColumn('wheelchair_accessible', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('verified_at', 'text')
		.addColumn('status', 'text', (c) =>
			c
				.notNull()
				.defaultTo('draft')
				.check(sql`status in ('draft','published','archived')`)
		)
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`))
		.addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`))
		.execute();
	await db.schema.createIndex('organizations_status').on('organizations').column('status').execute();

	await db.schema
		.createTable('organization_terms')
		.addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
		.addColumn('term_id', 'integer', (c) => c.notNull().references('taxonomy_terms.id'))
		.addPrimaryKeyConstraint('organization_terms_pk', ['organization_id', 'term_id'])
		.execute();
	await db.schema.createIndex('organization_terms_term').on('organization_terms').column('term_id').execute();

	await db.schema
		.createTable('locations')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
		.addColumn('name', 'text')
		.addColumn('street', 'text', (c) => c.notNull())
		.addColumn('postal_code', 'text', (c) => c.notNull())
		.addColumn('city', 'text', (c) => c.notNull())
		.addColumn('ortsteil_id', 'integer', (c) => c.references('taxonomy_terms.id'))
		.addColumn('latitude', 'real')
		.addColumn('longitude', 'real')
		.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
		.execute();
	await db.schema.createIndex('locations_organization').on('locations').column('organization_id').execute();

	await db.schema
		.createTable('contacts')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('role', 'text')
		.addColumn('phone', 'text')
		.addColumn('email', 'text')
		.addColumn('publish_consent', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('consent_given_at', 'text')
		.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
		.execute();
	await db.schema.createIndex('contacts_organization').on('contacts').column('organization_id').execute();

	await db.schema
		.createTable('phones')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
		.addColumn('number', 'text', (c) => c.notNull())
		.addColumn('label', 'text')
		.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
		.execute();
	await db.schema.createIndex('phones_organization').on('phones').column('organization_id').execute();

	await db.schema
		.createTable('schedules')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
		.addColumn('kind', 'text', (c) =>
			c
				.notNull()
				.defaultTo('opening')
				.check(sql`kind in ('opening','consultation')`)
		)
		// ISO weekday: 1 = Monday … 7 = Sunday.
		.addColumn('weekday', 'integer', (c) => c.notNull().check(sql`weekday between 1 and 7`))
		.addColumn('opens_at', 'text', (c) => c.notNull())
		.addColumn('closes_at', 'text', (c) => c.notNull())
		.addColumn('note', 'text')
		.execute();
	await db.schema.createIndex('schedules_organization').on('schedules').column('organization_id').execute();

	await db.schema
		.createTable('search_outbox')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('index_uid', 'text', (c) => c.notNull())
		.addColumn('document_id', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`))
		.addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('last_error', 'text')
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const table of [
		'search_outbox',
		'schedules',
		'phones',
		'contacts',
		'locations',
		'organization_terms',
		'organizations',
		'taxonomy_terms'
	]) {
		await db.schema.dropTable(table).execute();
	}
}
