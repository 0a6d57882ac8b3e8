import { createUser } from '../../src/lib/server/auth/users';
import type { DB } from '../../src/lib/server/db/connection';
import { useTestDatabase } from './test-database';

export interface CoordinatorDatabase {
	/** The migrated test database; read it inside a test or hook, after `beforeAll` has run. */
	readonly db: DB;
	/** The coordinator who saves pages, answers the inbox, etc. */
	readonly coordinatorId: number;
}

/**
 * A fresh test database with one coordinator, for the describe block it is called in: created before its
 * tests, removed after them. Call it in the block's body (it registers `beforeAll` and `afterAll`).
 */
export function useCoordinatorDatabase(name = 'Erika Muster'): CoordinatorDatabase {
	let coordinatorId: number | undefined;
	const database = useTestDatabase(async (db) => {
		coordinatorId = await createUser(db, { email: 'koordination@zittau.example', name, role: 'coordinator' });
	});

	return {
		get db() {
			return database.db;
		},
		get coordinatorId() {
			if (coordinatorId === undefined) throw new Error('The coordinator exists only inside tests and hooks.');
			return coordinatorId;
		}
	};
}
