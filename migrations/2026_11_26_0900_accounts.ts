import { sql, type Kysely } from 'kysely';
import { id, createdAt, updatedAt, partOf, byPerson, createIndex, dropTables } from './kit/schema';

// Accounts, sessions (Lucia's id.secret scheme: only the SHA-256 of the secret is stored),
// organization memberships, one-time tokens, recovery codes and the authentication log.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('users')
		.$call(id)
		// Stored lower-cased so that the unique constraint also holds case-insensitively.
		.addColumn('email', 'text', (c) =>
			c
				.notNull()
				.unique()
				.check(sql`email = lower(email)`)
		)
		.addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
		// Null until an invited person sets a password.
		.addColumn('password_hash', 'text')
		.addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('coordinator','partner')`))
		.addColumn('disabled_at', 'text')
		// The raw TOTP key. Not encrypted at rest yet: whoever reads the database file could generate
		// codes, but still needs the password; encrypting it with a server-held key is a later step.
		.addColumn('totp_key', 'blob')
		.addColumn('totp_enabled_at', 'text')
		// The 30-second step of the last accepted code: a code is accepted once (no replay).
		.addColumn('totp_last_step', 'integer')
		.$call(createdAt)
		.$call(updatedAt)
		.execute();

	await db.schema
		.createTable('sessions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.$call(partOf('user_id', 'users'))
		.addColumn('secret_hash', 'blob', (c) => c.notNull())
		.addColumn('two_factor_verified', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('last_used_at', 'text', (c) => c.notNull())
		.addColumn('expires_at', 'text', (c) => c.notNull())
		.addColumn('absolute_expires_at', 'text', (c) => c.notNull())
		.execute();
	await createIndex(db, 'sessions_user', 'sessions', 'user_id');

	await db.schema
		.createTable('memberships')
		.$call(partOf('user_id', 'users'))
		.$call(partOf('organization_id', 'organizations'))
		.addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('admin','editor')`))
		.$call(createdAt)
		.addPrimaryKeyConstraint('memberships_pk', ['user_id', 'organization_id'])
		.execute();
	await createIndex(db, 'memberships_organization', 'memberships', 'organization_id');

	await db.schema
		.createTable('one_time_tokens')
		.$call(id)
		.$call(partOf('user_id', 'users'))
		.addColumn('purpose', 'text', (c) =>
			c.notNull().check(sql`purpose in ('password_reset','invitation','email_change')`)
		)
		.addColumn('token_hash', 'blob', (c) => c.notNull().unique())
		.addColumn('payload', 'text')
		.$call(createdAt)
		.addColumn('expires_at', 'text', (c) => c.notNull())
		.addColumn('used_at', 'text')
		.execute();
	await createIndex(db, 'one_time_tokens_user', 'one_time_tokens', 'user_id');

	await db.schema
		.createTable('recovery_codes')
		.$call(id)
		.$call(partOf('user_id', 'users'))
		.addColumn('code_hash', 'blob', (c) => c.notNull())
		.addColumn('used_at', 'text')
		.execute();
	await createIndex(db, 'recovery_codes_user', 'recovery_codes', 'user_id');

	// Never holds passwords, tokens or codes; the user stays null when a login names an unknown email.
	await db.schema
		.createTable('auth_events')
		.$call(id)
		.$call(byPerson('user_id'))
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('ip', 'text')
		.$call(createdAt)
		.execute();
	await createIndex(db, 'auth_events_user', 'auth_events', ['user_id', 'created_at']);
}

export async function down(db: Kysely<any>): Promise<void> {
	await dropTables(db, ['auth_events', 'recovery_codes', 'one_time_tokens', 'memberships', 'sessions', 'users']);
}
