import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../src/lib/server/db/connection';
import { makeTempDir, prepareTestDatabase, TEMPLATE_DATABASE_ENV } from './test-env';

// vitest's globalSetup: one test database migrated per run, before the workers start, which inherit its
// path through the environment; createTestDatabase() copies the file (a copy is the same database)
// instead of migrating each of its 100+ databases anew (120–170 ms each). The migration tests migrate
// databases of their own, as before.

export async function setup(): Promise<void> {
	const file = path.join(makeTempDir('kpr-db-template-'), 'portal.db');
	const db = openDatabase(file);
	await prepareTestDatabase(db);
	// Closing the last connection writes the WAL back into the file and removes it: the file alone is whole.
	await db.destroy();
	process.env[TEMPLATE_DATABASE_ENV] = file;
}

export function teardown(): void {
	const file = process.env[TEMPLATE_DATABASE_ENV];
	if (file) fs.rmSync(path.dirname(file), { recursive: true, force: true });
}
