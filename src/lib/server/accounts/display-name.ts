import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** The name shown to colleagues and the coordination; the caller parsed it with parseDisplayName. */
export async function setDisplayName(db: Kysely<Database>, userId: number, name: string): Promise<void> {
	await db
		.updateTable('users')
		.set({ name, updated_at: new Date().toISOString() })
		.where('id', '=', userId)
		.execute();
}
