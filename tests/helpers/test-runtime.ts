import path from 'node:path';
import { readConfig } from '../../src/lib/server/config';
import type { Runtime } from '../../src/lib/server/runtime';
import { SearchConnection } from '../../search/connection';
import { startSearchSync, type SearchSync } from '../../search/sync';
import { createTestDatabase, startTestMeili, type TestDatabase, type TestMeili } from './test-env';

export interface TestRuntime extends Runtime {
	meili: TestMeili;
	sync: SearchSync;
	/** Delivers every pending outbox entry to Meilisearch now. */
	drain(): Promise<void>;
	/** Stops the sync loop and Meilisearch, closes the database and removes every temp folder. */
	cleanup(): Promise<void>;
}

/**
 * What startRuntime() builds, on a temp database and a private Meilisearch process: pass it to
 * code that takes a Runtime. Tests that need their own pieces use test-env.ts directly.
 */
export async function startTestRuntime({ syncIntervalMs }: { syncIntervalMs?: number } = {}): Promise<TestRuntime> {
	const database: TestDatabase = await createTestDatabase();
	const meili = await startTestMeili();
	const config = readConfig({
		DATA_DIR: path.dirname(database.file),
		DATABASE_PATH: database.file,
		MEILI_URL: meili.url,
		MEILI_MASTER_KEY: meili.masterKey
	});
	const search = new SearchConnection({ url: meili.url, masterKey: meili.masterKey, db: database.db });
	await search.connect();
	const sync = startSearchSync(database.db, search, { intervalMs: syncIntervalMs ?? config.searchSyncIntervalMs });
	return {
		config,
		db: database.db,
		search,
		meili,
		sync,
		drain: () => sync.drain(),
		cleanup: async () => {
			await sync.stop();
			search.close();
			await meili.cleanup();
			await database.cleanup();
		}
	};
}

/** Polls until `check` holds; fails with the last value seen when it does not within the timeout. */
export async function eventually<T>(
	read: () => Promise<T>,
	check: (value: T) => boolean,
	timeoutMs = 5_000
): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await read();
		if (check(value)) return value;
		if (Date.now() > deadline)
			throw new Error(`Condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
		await new Promise((resolve) => setTimeout(resolve, 25));
	}
}
