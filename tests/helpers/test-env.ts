import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type DB } from '../../src/lib/server/db/connection';
import { migrateToLatest } from '../../src/lib/server/db/migrate';
import { startEmbeddedMeili, type EmbeddedMeili } from '../../search/meili-process';

/** Ortsteile the test database knows; the seed loads the real ones per town. */
export const TEST_ORTSTEILE: [code: string, label: string][] = [
	['innenstadt', 'Innenstadt'],
	['pethau', 'Pethau'],
	['hirschfelde', 'Hirschfelde'],
	['eichgraben', 'Eichgraben']
];

export interface TestDatabase {
	db: DB;
	file: string;
	/** Closes the connection and removes the temp folder. */
	cleanup(): Promise<void>;
}

/** Where vitest's globalSetup (template-database.ts) leaves the migrated database the tests copy. */
export const TEMPLATE_DATABASE_ENV = 'KPR_TEST_TEMPLATE_DATABASE';

/** A migrated SQLite file in a fresh temp folder, with the test Ortsteile loaded. */
export async function createTestDatabase(): Promise<TestDatabase> {
	const dir = makeTempDir('kpr-db-');
	const file = path.join(dir, 'portal.db');
	// Under vitest, a copy of the database migrated once per run; elsewhere (bench) migrated here.
	const template = process.env[TEMPLATE_DATABASE_ENV];
	if (template) fs.copyFileSync(template, file);
	const db = openDatabase(file);
	if (!template) await prepareTestDatabase(db);
	return {
		db,
		file,
		cleanup: async () => {
			await db.destroy();
			fs.rmSync(dir, { recursive: true, force: true });
		}
	};
}

/** Migrates an empty database and loads the test Ortsteile. */
export async function prepareTestDatabase(db: DB): Promise<void> {
	await migrateToLatest(db);
	await db
		.insertInto('taxonomy_terms')
		.values(TEST_ORTSTEILE.map(([code, label], position) => ({ taxonomy: 'ortsteil', code, label, position })))
		.execute();
}

export interface TestMeili {
	readonly url: string;
	readonly masterKey: string;
	readonly dataDir: string;
	/** SIGKILLs the process, as a crash would; the data folder stays. */
	kill(): Promise<void>;
	/** Starts Meilisearch again on the same port and data folder; `wipeData` starts it empty, as after a lost volume. */
	restart(options?: { wipeData?: boolean }): Promise<void>;
	/** Stops the process and removes the data folder. */
	cleanup(): Promise<void>;
}

/** A real Meilisearch process on a free port with its own temp data folder. */
export async function startTestMeili(): Promise<TestMeili> {
	const dataDir = makeTempDir('kpr-meili-');
	// A hex key never starts with "-", which Meilisearch's argument parser would take for an option.
	fs.writeFileSync(path.join(dataDir, 'master-key'), randomBytes(32).toString('hex') + '\n', { mode: 0o600 });
	let meili: EmbeddedMeili;
	try {
		meili = await startEmbeddedMeili({ dataDir, port: 0 });
	} catch (error) {
		fs.rmSync(dataDir, { recursive: true, force: true });
		throw error;
	}
	const port = Number(new URL(meili.url).port);
	return {
		url: meili.url,
		masterKey: meili.masterKey,
		dataDir,
		kill: async () => {
			const child = meili.process;
			if (child.exitCode !== null || child.signalCode !== null) return;
			const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
			child.kill('SIGKILL');
			await gone;
			await meili.stop();
		},
		restart: async ({ wipeData = false } = {}) => {
			await meili.stop();
			if (wipeData) fs.rmSync(path.join(dataDir, 'data.ms'), { recursive: true, force: true });
			meili = await startEmbeddedMeili({ dataDir, port });
		},
		cleanup: async () => {
			await meili.stop();
			fs.rmSync(dataDir, { recursive: true, force: true });
		}
	};
}

export function makeTempDir(prefix: string): string {
	return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
