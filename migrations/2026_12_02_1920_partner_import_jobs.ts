import { sql, type Kysely } from 'kysely';
import { id, createdAt, partOf } from './kit/schema';

// An uploaded partner list between its preview and its import: the file itself (so an Excel
// workbook need not be uploaded twice), then the confirmed plan and how far the background run got.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('partner_import_jobs')
		.$call(id)
		.$call(partOf('created_by', 'users'))
		.addColumn('file_name', 'text', (c) => c.notNull())
		.addColumn('content', 'blob', (c) => c.notNull())
		.addColumn('status', 'text', (c) =>
			c
				.notNull()
				.defaultTo('preview')
				.check(sql`status in ('preview','running','done')`)
		)
		.addColumn('plan', 'text')
		.addColumn('processed', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('updated', 'integer', (c) => c.notNull().defaultTo(0))
		.$call(createdAt)
		.addColumn('finished_at', 'text')
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('partner_import_jobs').execute();
}
