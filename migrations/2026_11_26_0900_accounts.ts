import { sql, type Kysely } from 'kysely';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

// Accounts, sessions (Lucia's id.secret scheme: only the SHA-256 of the secret is stored),
// organization memberships, one-time tokens, recovery codes and the authentication log.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('users')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
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
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
		.execute();

	await db.schema
		.createTable('sessions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('secret_hash', 'blob', (c) => c.notNull())
		.addColumn('two_factor_verified', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('last_used_at', 'text', (c) => c.notNull())
		.addColumn('expires_at', 'text', (c) => c.notNull())
		.addColumn('absolute_expires_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

	await db.schema
		.createTable('memberships')
		.addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
		.addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('admin','editor')`))
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.addPrimaryKeyConstraint('memberships_pk', ['user_id', 'organization_id'])
		.execute();
	await db.schema.createIndex('memberships_organization').on('memberships').column('organization_id').execute();

	await db.schema
		.createTable('one_time_tokens')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('purpose', 'text', (c) =>
			c.notNull().check(sql`purpose in ('password_reset','invitation','email_change')`)
		)
		.addColumn('token_hash', 'blob', (c) => c.notNull().unique())
		.addColumn('payload', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.addColumn('expires_at', 'text', (c) => c.notNull())
		.addColumn('used_at', 'text')
		.execute();
	await db.schema.createIndex('one_time_tokens_user').on('one_time_tokens').column('user_id').execute();

	await db.schema
		.createTable('recovery_codes')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('code_hash', 'blob', (c) => c.notNull())
		.addColumn('used_at', 'text')
		.execute();
	await db.schema.createIndex('recovery_codes_user').on('recovery_codes').column('user_id').execute();

	// Never holds passwords, tokens or codes; the user stays null when a login names an unknown email.
	await db.schema
		.createTable('auth_events')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('ip', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.execute();
	await db.schema.createIndex('auth_events_user').on('auth_events').columns(['user_id', 'created_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const table of ['auth_events', 'recovery_codes', 'one_time_tokens', 'memberships', 'sessions', 'users']) {
		await db.schema.dropTable(table).execute();
	}
}
