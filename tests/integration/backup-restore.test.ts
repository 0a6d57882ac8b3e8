import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logAuthEvent } from '../../src/lib/server/auth/events';
import { createUser } from '../../src/lib/server/auth/users';
import { openDatabase, type DB } from '../../src/lib/server/db/connection';
import { migrateToLatest } from '../../src/lib/server/db/migrate';
import { seedDemoData } from '../../src/lib/server/demo/seed-partners';
import { saveVideo } from '../../src/lib/server/pages/sign-language-video';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');

/** Runs `npm run <name> -- <args>` as the README tells an operator to. */
function script(name: 'backup' | 'restore', args: string[], dataDir: string) {
	return run('npm', ['run', '--silent', name, '--', ...args], {
		cwd: root,
		env: { ...process.env, DATA_DIR: dataDir, DATABASE_PATH: path.join(dataDir, 'portal.db') }
	});
}

/** Every table's rows, each table sorted, read through a plain connection. */
function readTables(file: string): Map<string, string[]> {
	const db = new SQLite(file, { readonly: true });
	try {
		const names = db
			.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
			.pluck()
			.all() as string[];
		return new Map(
			names.map((name) => [
				name,
				(db.prepare(`select * from "${name}"`).all() as unknown[]).map((row) => JSON.stringify(row)).sort()
			])
		);
	} finally {
		db.close();
	}
}

describe('npm run backup and npm run restore', () => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kpr-backup-'));
	const live = path.join(dir, 'live');
	const restored = path.join(dir, 'restored');
	const backupFile = path.join(dir, 'copies', 'kpr.db');
	let db: DB;

	beforeAll(async () => {
		db = openDatabase(path.join(live, 'portal.db'));
		await migrateToLatest(db);
		await seedDemoData(db);
		const coordinator = await createUser(db, {
			email: 'koordination@zittau.example',
			name: 'Koordination',
			role: 'coordinator'
		});
		await saveVideo(
			db,
			{ contentType: 'video/mp4', data: new Uint8Array(600_000).fill(7), transcript: 'Video' },
			coordinator
		);
	}, 60_000);
	afterAll(async () => {
		await db.destroy();
		fs.rmSync(dir, { recursive: true, force: true });
	});

	it('copy every table of a running portal while it writes, and restore them identically', async () => {
		let written = 0;
		let writing = true;
		const writer = (async () => {
			while (writing) {
				await logAuthEvent(db, 'login_failure', { ip: `10.0.${Math.floor(written / 250)}.${written % 250}` });
				written++;
				await new Promise((resolve) => setImmediate(resolve));
			}
		})();
		while (written < 20) await new Promise((resolve) => setTimeout(resolve, 5));
		await script('backup', ['--to', backupFile], live);
		const writtenBeforeEnd = written;
		writing = false;
		await writer;

		expect(fs.statSync(backupFile).mode & 0o777).toBe(0o600);
		await script('restore', ['--from', backupFile], restored);

		const source = readTables(path.join(live, 'portal.db'));
		const copy = readTables(path.join(restored, 'portal.db'));
		expect([...copy.keys()]).toEqual([...source.keys()]);
		for (const [table, rows] of source) {
			if (table === 'auth_events') continue;
			expect(copy.get(table), table).toEqual(rows);
		}
		// The events written during the backup are in the copy up to one point in time, with no gap.
		const copied = copy.get('auth_events')!.map((row) => JSON.parse(row) as { id: number });
		expect(copied.length).toBeGreaterThanOrEqual(20);
		expect(copied.length).toBeLessThanOrEqual(writtenBeforeEnd);
		const lastCopied = Math.max(...copied.map((row) => row.id));
		expect(copy.get('auth_events')).toEqual(
			source.get('auth_events')!.filter((row) => (JSON.parse(row) as { id: number }).id <= lastCopied)
		);
	}, 120_000);

	it('keeps the data folder and the database files private to the user the portal runs as', () => {
		expect(fs.statSync(live).mode & 0o777).toBe(0o700);
		for (const file of ['portal.db', 'portal.db-wal', 'portal.db-shm'])
			expect(fs.statSync(path.join(live, file)).mode & 0o777, file).toBe(0o600);
		expect(fs.statSync(path.join(restored, 'portal.db')).mode & 0o777).toBe(0o600);
	});

	it('refuses to restore over a database the portal has open', async () => {
		const attempt = script('restore', ['--from', backupFile], live);
		await expect(attempt).rejects.toMatchObject({ stderr: expect.stringContaining('bitte das Portal') });
	}, 60_000);
});
