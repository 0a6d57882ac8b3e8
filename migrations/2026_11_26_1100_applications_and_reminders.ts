import { sql, type Kysely } from 'kysely';
import { id, createdAt, partOf, byPerson, createIndex } from './kit/schema';

// Applications sent through /partner-werden, and the freshness reminders mailed to partners (one row
// per sending, so that a reminder goes out at most once per six months).
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('partner_applications')
		.$call(id)
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
		.$call(byPerson('decided_by'))
		.addColumn('decided_at', 'text')
		.addColumn('decision_message', 'text')
		.addColumn('organization_id', 'integer', (c) => c.references('organizations.id').onDelete('set null'))
		.$call(createdAt)
		.execute();
	await createIndex(db, 'partner_applications_status', 'partner_applications', 'status');

	await db.schema
		.createTable('freshness_reminders')
		.$call(id)
		.$call(partOf('organization_id', 'organizations'))
		.addColumn('recipients', 'integer', (c) => c.notNull())
		.addColumn('sent_at', 'text', (c) => c.notNull())
		.execute();
	await createIndex(db, 'freshness_reminders_organization', 'freshness_reminders', ['organization_id', 'sent_at']);
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('freshness_reminders').execute();
	await db.schema.dropTable('partner_applications').execute();
}
