import { sql, type Kysely } from 'kysely';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

// Messages citizens send through /kontakt and the accessibility feedback form: stored first, then
// mailed to the coordination office; the delivery state records whether that mail went out.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('contact_messages')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('reference', 'text', (c) => c.notNull().unique())
		.addColumn('topic', 'text', (c) =>
			c
				.notNull()
				.check(sql`topic in ('allgemein','beratung','veranstaltung','presse','barrierefreiheit','sonstiges')`)
		)
		.addColumn('message', 'text', (c) => c.notNull())
		.addColumn('page', 'text')
		.addColumn('name', 'text')
		.addColumn('email', 'text')
		.addColumn('phone', 'text')
		.addColumn('wants_reply', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('locale', 'text', (c) => c.notNull().check(sql`locale in ('de','en','pl','cs')`))
		.addColumn('status', 'text', (c) =>
			c
				.notNull()
				.defaultTo('open')
				.check(sql`status in ('open','handled')`)
		)
		.addColumn('handled_at', 'text')
		.addColumn('handled_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('delivery', 'text', (c) =>
			c
				.notNull()
				.defaultTo('pending')
				.check(sql`delivery in ('pending','sent','failed')`)
		)
		.addColumn('delivery_attempts', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('delivery_error', 'text')
		.addColumn('delivered_at', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.execute();
	await db.schema.createIndex('contact_messages_status').on('contact_messages').columns(['status', 'id']).execute();
	await db.schema.createIndex('contact_messages_delivery').on('contact_messages').column('delivery').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('contact_messages').execute();
}
