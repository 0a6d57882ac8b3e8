import { sql, type Kysely } from 'kysely';
import { id, createdAt, updatedAt, partOf, createIndex, dropTables } from './kit/schema';

// Shapes follow Open Referral HSDS 3: organization, location, contact, phone, schedule, taxonomy_term.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('taxonomy_terms')
		.$call(id)
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
		.$call(id)
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
		.$call(createdAt)
		.$call(updatedAt)
		.execute();
	await createIndex(db, 'organizations_status', 'organizations', 'status');

	await db.schema
		.createTable('organization_terms')
		.$call(partOf('organization_id', 'organizations'))
		.addColumn('term_id', 'integer', (c) => c.notNull().references('taxonomy_terms.id'))
		.addPrimaryKeyConstraint('organization_terms_pk', ['organization_id', 'term_id'])
		.execute();
	await createIndex(db, 'organization_terms_term', 'organization_terms', 'term_id');

	await db.schema
		.createTable('locations')
		.$call(id)
		.$call(partOf('organization_id', 'organizations'))
		.addColumn('name', 'text')
		.addColumn('street', 'text', (c) => c.notNull())
		.addColumn('postal_code', 'text', (c) => c.notNull())
		.addColumn('city', 'text', (c) => c.notNull())
		.addColumn('ortsteil_id', 'integer', (c) => c.references('taxonomy_terms.id'))
		.addColumn('latitude', 'real')
		.addColumn('longitude', 'real')
		.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
		.execute();
	await createIndex(db, 'locations_organization', 'locations', 'organization_id');

	await db.schema
		.createTable('contacts')
		.$call(id)
		.$call(partOf('organization_id', 'organizations'))
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('role', 'text')
		.addColumn('phone', 'text')
		.addColumn('email', 'text')
		.addColumn('publish_consent', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('consent_given_at', 'text')
		.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
		.execute();
	await createIndex(db, 'contacts_organization', 'contacts', 'organization_id');

	await db.schema
		.createTable('phones')
		.$call(id)
		.$call(partOf('organization_id', 'organizations'))
		.addColumn('number', 'text', (c) => c.notNull())
		.addColumn('label', 'text')
		.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
		.execute();
	await createIndex(db, 'phones_organization', 'phones', 'organization_id');

	await db.schema
		.createTable('schedules')
		.$call(id)
		.$call(partOf('organization_id', 'organizations'))
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
	await createIndex(db, 'schedules_organization', 'schedules', 'organization_id');

	await db.schema
		.createTable('search_outbox')
		.$call(id)
		.addColumn('index_uid', 'text', (c) => c.notNull())
		.addColumn('document_id', 'text', (c) => c.notNull())
		.$call(createdAt)
		.addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('last_error', 'text')
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await dropTables(db, [
		'search_outbox',
		'schedules',
		'phones',
		'contacts',
		'locations',
		'organization_terms',
		'organizations',
		'taxonomy_terms'
	]);
}
