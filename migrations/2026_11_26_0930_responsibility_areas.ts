import { sql, type Kysely } from 'kysely';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

// Areas a partner is responsible for (the "service area" of Open Referral HSDS): a Bürgerpolizist's
// beat, a school catchment area. An area covers whole Ortsteile and/or streets, optionally split by
// house-number ranges and sides of the street.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('service_areas')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
		.addColumn('kind', 'text', (c) =>
			c.notNull().check(sql`kind in ('buergerpolizei','schulbezirk','schulsozialarbeit','sonstige')`)
		)
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('note', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.addUniqueConstraint('service_areas_organization_name', ['organization_id', 'name'])
		.execute();

	await db.schema
		.createTable('service_area_ortsteile')
		.addColumn('service_area_id', 'integer', (c) => c.notNull().references('service_areas.id').onDelete('cascade'))
		.addColumn('ortsteil_id', 'integer', (c) => c.notNull().references('taxonomy_terms.id'))
		.addPrimaryKeyConstraint('service_area_ortsteile_pk', ['service_area_id', 'ortsteil_id'])
		.execute();

	await db.schema
		.createTable('service_area_streets')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('service_area_id', 'integer', (c) => c.notNull().references('service_areas.id').onDelete('cascade'))
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
	await db.schema.createIndex('service_area_streets_key').on('service_area_streets').column('street_key').execute();
	await db.schema
		.createIndex('service_area_streets_area')
		.on('service_area_streets')
		.column('service_area_id')
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const table of ['service_area_streets', 'service_area_ortsteile', 'service_areas']) {
		await db.schema.dropTable(table).execute();
	}
}
