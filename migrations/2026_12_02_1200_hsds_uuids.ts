import { sql, type Kysely } from 'kysely';

// Open Referral HSDS identifies every record by a UUID. Organizations get a stored one (random v4,
// kept forever, and carried over by an HSDS import); every other HSDS record is derived from it as
// a name-based UUID (src/lib/server/hsds/ids.ts), so profile saves that rewrite child rows keep them.
const randomUuid = sql`lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))`;

export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('organizations').addColumn('uuid', 'text').execute();
	await sql`update organizations set uuid = ${randomUuid} where uuid is null`.execute(db);
	await db.schema.createIndex('organizations_uuid').on('organizations').column('uuid').unique().execute();
	// SQLite cannot add a column with a computed default; the trigger fills rows inserted without one.
	await sql`create trigger organizations_uuid_default after insert on organizations
		for each row when new.uuid is null
		begin update organizations set uuid = ${randomUuid} where id = new.id; end`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
	await sql`drop trigger organizations_uuid_default`.execute(db);
	await db.schema.dropIndex('organizations_uuid').execute();
	await db.schema.alterTable('organizations').dropColumn('uuid').execute();
}
