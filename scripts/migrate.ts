import { readConfig } from '../src/lib/server/config';
import { openDatabase } from '../src/lib/server/db/connection';
import { migrateToLatest } from '../src/lib/server/db/migrate';
import { errorText } from '../src/lib/error-text';

// npm run migrate: applies pending migrations to the configured database (the server does so at start, too).
const config = readConfig();
const db = openDatabase(config.databasePath);

try {
	const { results = [] } = await migrateToLatest(db);
	for (const r of results) console.log(`${r.status === 'Success' ? 'angewendet' : r.status}: ${r.migrationName}`);
	console.log(
		results.length === 0
			? `Datenbank ${config.databasePath} ist aktuell.`
			: `Datenbank ${config.databasePath}: ${results.length} Migration(en) angewendet.`
	);
} catch (error) {
	console.error(`Migration fehlgeschlagen: ${errorText(error)}`);
	process.exitCode = 1;
} finally {
	await db.destroy();
}
