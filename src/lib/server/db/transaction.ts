import { sql, type Kysely } from 'kysely';
import type { Database } from './schema';

const afterCommitCallbacks = new WeakMap<Kysely<Database>, (() => void)[]>();

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
	const { result, callbacks } = await db.connection().execute(async (conn) => {
		await sql`begin immediate`.execute(conn);
		afterCommitCallbacks.set(conn, []);
		try {
			const result = await work(conn);
			await sql`commit`.execute(conn);
			return { result, callbacks: afterCommitCallbacks.get(conn) ?? [] };
		} catch (error) {
			await sql`rollback`.execute(conn);
			throw error;
		} finally {
			afterCommitCallbacks.delete(conn);
		}
	});
	for (const callback of callbacks) callback();
	return result;
}

/**
 * Runs `callback` once the transaction `trx` has committed (never if it rolls back). Outside a
 * writeTransaction the statement has already committed on its own, so the callback runs soon.
 */
export function afterCommit(trx: Kysely<Database>, callback: () => void): void {
	const callbacks = afterCommitCallbacks.get(trx);
	if (callbacks) callbacks.push(callback);
	else queueMicrotask(callback);
}
