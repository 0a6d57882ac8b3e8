import { sql, type Kysely } from 'kysely';

// Search gaps for the coordinator: per ISO week, how often a normalized query was searched, found
// nothing, and had a result opened. Deliberately nothing else: no address, no session, no user, no
// time finer than the week's Monday. `handled` is the coordinator's mark that the row was dealt with.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('search_gap_counts')
		.addColumn('week', 'text', (c) => c.notNull())
		.addColumn('query', 'text', (c) => c.notNull())
		.addColumn('locale', 'text', (c) => c.notNull())
		.addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('directory', 'portal')`))
		.addColumn('searches', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('zero_result_searches', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('opened_results', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('handled', 'integer', (c) =>
			c
				.notNull()
				.defaultTo(0)
				.check(sql`handled in (0, 1)`)
		)
		.addPrimaryKeyConstraint('search_gap_counts_pk', ['week', 'query', 'locale', 'kind'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('search_gap_counts').execute();
}
