import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BackupError, restoreDatabase } from '../src/lib/server/db/backup';
import { readConfig } from '../src/lib/server/config';

// npm run restore -- --from FILE: puts a backup in place of the database of the stopped portal.
// The search indexes are rebuilt from the database at the next start.
const { values } = parseArgs({ options: { from: { type: 'string' } } });
if (!values.from) {
	console.error('Aufruf: npm run restore -- --from /pfad/kpr-2026-12-02.db   (das Portal muss beendet sein)');
	process.exit(2);
}

const config = readConfig();
try {
	restoreDatabase(values.from, config.databasePath);
	console.log(`Wiederhergestellt: ${config.databasePath} aus ${values.from}.`);
	if (config.meiliUrl) {
		console.log(
			'Nach dem Start bitte `npm run reindex` ausführen: die Suchindizes im externen Meilisearch sind älter als die Datenbank.'
		);
	} else {
		// The embedded Meilisearch starts empty and the portal rebuilds its indexes from the database.
		fs.rmSync(path.join(config.dataDir, 'meili', 'data.ms'), { recursive: true, force: true });
		console.log('Die Suchindizes werden beim nächsten Start neu aufgebaut.');
	}
} catch (error) {
	if (!(error instanceof BackupError)) throw error;
	console.error(error.message);
	process.exitCode = 1;
}
