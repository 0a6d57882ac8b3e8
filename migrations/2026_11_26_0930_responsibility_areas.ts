import { sql, type Kysely } from 'kysely';
import { id, createdAt, partOf, createIndex, dropTables } from './kit/schema';

// Areas a partner is responsible for (the "service area" of Open Referral HSDS): a Bürgerpolizist's
// beat, a school catchment area. An area covers whole Ortsteile and/or streets, optionally split by
// house-number ranges and sides of the street.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('service_areas')
		.$call(id)
		.$call(partOf('organization_id', 'organizations'))
		.addColumn('kind', 'text', (c) =>
			c.notNull().check(sql`kind in ('buergerpolizei','schulbezirk','schulsozialarbeit','sonstige')`)
		)
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('note', 'text')
		.$call(createdAt)
		.addUniqueConstraint('service_areas_organization_name', ['organization_id', 'name'])
		.execute();

	await db.schema
		.createTable('service_area_ortsteile')
		.$call(partOf('service_area_id', 'service_areas'))
		.addColumn('ortsteil_id', 'integer', (c) => c.notNull().references('taxonomy_terms.id'))
		.addPrimaryKeyConstraint('service_area_ortsteile_pk', ['service_area_id', 'ortsteil_id'])
		.execute();

	await db.schema
		.createTable('service_area_streets')
		.$call(id)
		.$call(partOf('service_area_id', 'service_areas'))
		.addColumn('street_name', 'text', (c) => c.notNull())
		.addColumn('street_key', 'text', (c) => c.notNull())
		.addColumn('postal_code', 'text')
		.addColumn('from_number', 'integer', (c) => c.check(sql`from_number >= 1`))
		.addColumn('to_number', 'integer', (c) => c.check(sql`to_number >= 1`))
		.addColumn('parity', 'text', (c) =>
			c
				.notNull()
				.defaultTo('all')
				.check(sql`parity in ('all','odd','even')`)
		)
		.addCheckConstraint(
			'service_area_streets_range',
			sql`from_number is null or to_number is null or from_number <= to_number`
		)
		.execute();
	await createIndex(db, 'service_area_streets_key', 'service_area_streets', 'street_key');
	await createIndex(db, 'service_area_streets_area', 'service_area_streets', 'service_area_id');
}

export async function down(db: Kysely<any>): Promise<void> {
	await dropTables(db, ['service_area_streets', 'service_area_ortsteile', 'service_areas']);
}
