import { sql, type CreateTableBuilder, type Kysely } from 'kysely';

// The parts that the migrations' tables share. Frozen: migrations are history, and these parts are theirs, so
// what each one emits must never change; a table that needs another shape spells it out in its migration.
// This folder is not a migration: migrations/index.ts lists the migrations by name.

type Table = CreateTableBuilder<string, string>;

/** SQLite's current time as an ISO-8601 text with milliseconds, the default of every timestamp column. */
export const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

/** The row's own key: `id integer primary key autoincrement`. */
export const id = (table: Table) => table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());

/** When the row was written; SQLite fills it in. */
export const createdAt = (table: Table) => table.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now));

/** When the row was last changed; starts as the time it was written. */
export const updatedAt = (table: Table) => table.addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now));

/** A required link to the row of `parent` this row belongs to: deleted together with it. */
export const partOf = (column: string, parent: string) => (table: Table) =>
	table.addColumn(column, 'integer', (c) => c.notNull().references(`${parent}.id`).onDelete('cascade'));

/** The person who did something: null for a script, and again null once their account is deleted. */
export const byPerson = (column: string) => (table: Table) =>
	table.addColumn(column, 'integer', (c) => c.references('users.id').onDelete('set null'));

/** One row per partner organization, keyed by its id and deleted with it. */
export const oneRowPerOrganization = (table: Table) =>
	table.addColumn('organization_id', 'integer', (c) =>
		c.primaryKey().references('organizations.id').onDelete('cascade')
	);

/** An image as the server re-encoded it (the uploaded bytes are never stored), with its type and size. */
export const encodedImage = (table: Table) =>
	table
		.addColumn('image', 'blob', (c) => c.notNull())
		.addColumn('content_type', 'text', (c) => c.notNull())
		.addColumn('width', 'integer', (c) => c.notNull())
		.addColumn('height', 'integer', (c) => c.notNull());

/** A plain (not unique) index on one column or, in order, on several. */
export async function createIndex(db: Kysely<any>, name: string, table: string, on: string | string[]): Promise<void> {
	const index = db.schema.createIndex(name).on(table);
	await (typeof on === 'string' ? index.column(on) : index.columns(on)).execute();
}

/** Drops the tables in the order given (the ones that refer to others first). */
export async function dropTables(db: Kysely<any>, tables: string[]): Promise<void> {
	for (const table of tables) await db.schema.dropTable(table).execute();
}
