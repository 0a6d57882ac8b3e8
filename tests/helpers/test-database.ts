import { afterAll, beforeAll } from 'vitest';
import type { DB } from '../../src/lib/server/db/connection';
import { createTestDatabase, type TestDatabase } from './test-env';

export interface UsedTestDatabase {
	/** The migrated test database; read it inside a test or hook, after `beforeAll` has run. */
	readonly db: DB;
}

/**
 * A fresh test database for the describe block it is called in: created (and filled by `prepare`, when
 * given) before its tests, removed after them. Call it in the block's body (it registers `beforeAll` and
 * `afterAll`); hooks registered after it see the database.
 */
export function useTestDatabase(prepare?: (db: DB) => Promise<unknown>): UsedTestDatabase {
	let database: TestDatabase | undefined;

	beforeAll(async () => {
		database = await createTestDatabase();
		await prepare?.(database.db);
	});
	afterAll(async () => {
		await database?.cleanup();
	});

	return {
		get db() {
			if (!database) throw new Error('The test database exists only inside tests and hooks.');
			return database.db;
		}
	};
}
