import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './schema';

export type DB = Kysely<Database>;

/**
 * Opens the SQLite file with the pragmas every connection needs. A new data folder is created
 * for the owner only (0700) and the database file readable by the owner only (0600); SQLite gives
 * its -wal and -shm files the database file's mode.
 */
export function openDatabase(file: string): DB {
	if (file !== ':memory:') protectDatabaseFile(file);
	const sqlite = new SQLite(file);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	sqlite.pragma('synchronous = NORMAL');
	return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}

function protectDatabaseFile(file: string): void {
	fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
	fs.closeSync(fs.openSync(file, 'a', 0o600));
	if ((fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
}
