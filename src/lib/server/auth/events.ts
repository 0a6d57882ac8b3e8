import type { Kysely } from 'kysely';
import type { AuthEventKind, Database } from '../db/schema';

/**
 * Records what happened, to whom and from where; by its signature it cannot take a password,
 * token, code or email address. A login with an unknown email is logged without a user.
 */
export async function logAuthEvent(
	db: Kysely<Database>,
	kind: AuthEventKind,
	{ userId = null, ip = null, now = new Date() }: { userId?: number | null; ip?: string | null; now?: Date } = {}
): Promise<void> {
	await db.insertInto('auth_events').values({ kind, user_id: userId, ip, created_at: now.toISOString() }).execute();
}
