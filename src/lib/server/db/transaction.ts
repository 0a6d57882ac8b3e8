import { sql, type Kysely } from 'kysely';
import type { Database } from './schema';

/**
 * Runs `work` in a `BEGIN IMMEDIATE` transaction. Kysely's transaction() issues a deferred BEGIN:
 * a transaction that reads before it writes then fails with SQLITE_BUSY_SNAPSHOT when another
 * process (the server's sync loop, a script) wrote in between, and busy_timeout cannot help.
 * Taking the write lock up front makes the writer wait its turn instead.
 */
export async function writeTransaction<T>(
	db: Kysely<Database>,
	work: (trx: Kysely<Database>) => Promise<T>
): Promise<T> {
	return db.connection().execute(async (conn) => {
		await sql`begin immediate`.execute(conn);
		try {
			const result = await work(conn);
			await sql`commit`.execute(conn);
			return result;
		} catch (error) {
			await sql`rollback`.execute(conn);
			throw error;
		}
	});
}
