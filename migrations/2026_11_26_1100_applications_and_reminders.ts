import { sql, type Kysely } from 'kysely';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

// Applications sent through /partner-werden, and the freshness reminders mailed to partners (one row
// per sending, so that a reminder goes out at most once per six months).
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('partner_applications')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('organization_name', 'text', (c) => c.notNull())
		.addColumn('contact_name', 'text', (c) => c.notNull())
		.addColumn('email', 'text', (c) => c.notNull())
		.addColumn('phone', 'text')
		.addColumn('website', 'text')
		.addColumn('message', 'text', (c) => c.notNull())
		.addColumn('status', 'text', (c) =>
			c
				.notNull()
				.defaultTo('pending')
				.check(sql`status in ('pending','accepted','declined')`)
		)
		.addColumn('decided_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('decided_at', 'text')
		.addColumn('decision_message', 'text')
		.addColumn('organization_id', 'integer', (c) => c.references('organizations.id').onDelete('set null'))
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.execute();
	await db.schema.createIndex('partner_applications_status').on('partner_applications').column('status').execute();

	await db.schema
		.createTable('freshness_reminders')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
		.addColumn('recipients', 'integer', (c) => c.notNull())
		.addColumn('sent_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('freshness_reminders_organization')
		.on('freshness_reminders')
		.columns(['organization_id', 'sent_at'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('freshness_reminders').execute();
	await db.schema.dropTable('partner_applications').execute();
}
