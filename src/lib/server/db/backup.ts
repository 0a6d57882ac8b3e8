import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';

export class BackupError extends Error {}

/**
 * Writes one consistent copy of the database (uploaded files included, they live in SQLite) while
 * the portal keeps running: VACUUM INTO reads a single snapshot, so writes that land meanwhile are
 * either wholly in the copy or not at all, and the WAL never needs copying. Returns the copy's size.
 */
export function backupDatabase(databasePath: string, target: string): number {
	if (!fs.existsSync(databasePath)) throw new BackupError(`Keine Datenbank unter ${databasePath}.`);
	if (fs.existsSync(target)) throw new BackupError(`${target} gibt es schon; bitte einen neuen Dateinamen wählen.`);
	fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
	const partial = `${target}.partial`;
	fs.rmSync(partial, { force: true });
	const source = new SQLite(databasePath, { readonly: true, fileMustExist: true });
	try {
		source.pragma('busy_timeout = 5000');
		source.prepare('VACUUM INTO ?').run(partial);
	} finally {
		source.close();
	}
	fs.chmodSync(partial, 0o600);
	checkIntegrity(partial);
	fs.renameSync(partial, target);
	return fs.statSync(target).size;
}

/**
 * Puts a backup in place of the database of a stopped portal. Refuses while any process still has
 * the database open, and refuses a file that is not an intact portal database.
 */
export function restoreDatabase(backup: string, databasePath: string): void {
	if (!fs.existsSync(backup)) throw new BackupError(`Keine Sicherung unter ${backup}.`);
	checkIntegrity(backup);
	if (fs.existsSync(databasePath)) ensureNotInUse(databasePath);
	fs.mkdirSync(path.dirname(databasePath), { recursive: true, mode: 0o700 });
	const incoming = `${databasePath}.restoring`;
	fs.copyFileSync(backup, incoming);
	fs.chmodSync(incoming, 0o600);
	for (const leftover of ['-wal', '-shm']) fs.rmSync(databasePath + leftover, { force: true });
	fs.renameSync(incoming, databasePath);
}

function checkIntegrity(file: string): void {
	const db = new SQLite(file, { readonly: true, fileMustExist: true });
	try {
		const result = db.pragma('quick_check', { simple: true });
		if (result !== 'ok') throw new BackupError(`${file} ist beschädigt (${String(result)}).`);
		const migrations = db
			.prepare("select count(*) as n from sqlite_master where name = 'kysely_migration'")
			.get() as { n: number };
		if (migrations.n === 0) throw new BackupError(`${file} ist keine Datenbank des Portals.`);
	} catch (error) {
		if (error instanceof BackupError) throw error;
		throw new BackupError(
			`${file} ist keine lesbare SQLite-Datenbank: ${error instanceof Error ? error.message : String(error)}`
		);
	} finally {
		db.close();
	}
}

// An exclusive lock is refused while any connection (a running portal, a script) has the file open.
function ensureNotInUse(databasePath: string): void {
	const db = new SQLite(databasePath, { timeout: 200, fileMustExist: true });
	try {
		db.pragma('locking_mode = EXCLUSIVE');
		db.exec('BEGIN EXCLUSIVE; COMMIT;');
	} catch (error) {
		throw new BackupError(
			`Die Datenbank ${databasePath} ist geöffnet: bitte das Portal (und laufende Skripte) vor dem Wiederherstellen beenden.`,
			{ cause: error }
		);
	} finally {
		db.close();
	}
}
