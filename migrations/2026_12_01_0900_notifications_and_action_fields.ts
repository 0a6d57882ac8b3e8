import { sql, type Kysely } from 'kysely';
import { id, createdAt, updatedAt } from './kit/schema';

// Each person's choice of how the portal mails them about proposals, meetings and announcements, and
// the fields of action (Handlungsfelder) of the security analysis, to which proposals and working
// groups are linked.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.alterTable('users')
		.addColumn('notification_mode', 'text', (c) =>
			c
				.notNull()
				.defaultTo('immediate')
				.check(sql`notification_mode in ('immediate','daily','off')`)
		)
		.execute();

	await db.schema
		.createTable('action_fields')
		.$call(id)
		.addColumn('slug', 'text', (c) => c.notNull().unique())
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('progress_note', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
		.$call(createdAt)
		.$call(updatedAt)
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('action_fields').execute();
	await db.schema.alterTable('users').dropColumn('notification_mode').execute();
}
