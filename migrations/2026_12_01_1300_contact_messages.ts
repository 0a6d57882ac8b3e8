import { sql, type Kysely } from 'kysely';
import { id, createdAt, byPerson, createIndex } from './kit/schema';

// Messages citizens send through /kontakt and the accessibility feedback form: stored first, then
// mailed to the coordination office; the delivery state records whether that mail went out.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('contact_messages')
		.$call(id)
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
		.$call(byPerson('handled_by'))
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
		.$call(createdAt)
		.execute();
	await createIndex(db, 'contact_messages_status', 'contact_messages', ['status', 'id']);
	await createIndex(db, 'contact_messages_delivery', 'contact_messages', 'delivery');
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('contact_messages').execute();
}
