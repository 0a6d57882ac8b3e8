import fs from 'node:fs';
import path from 'node:path';
import { restoreDatabase } from '../src/lib/server/db/backup';
import { runBackupCommand } from './backup-command';

// npm run restore -- --from FILE: puts a backup in place of the database of the stopped portal.
// The search indexes are rebuilt from the database at the next start.
runBackupCommand(
	'from',
	'Aufruf: npm run restore -- --from /pfad/kpr-2026-12-02.db   (das Portal muss beendet sein)',
	(file, config) => {
		restoreDatabase(file, config.databasePath);
		console.log(`Wiederhergestellt: ${config.databasePath} aus ${file}.`);
		if (config.meiliUrl) {
			console.log(
				'Nach dem Start bitte `npm run reindex` ausführen: die Suchindizes im externen Meilisearch sind älter als die Datenbank.'
			);
		} else {
			// The embedded Meilisearch starts empty and the portal rebuilds its indexes from the database.
			fs.rmSync(path.join(config.dataDir, 'meili', 'data.ms'), { recursive: true, force: true });
			console.log('Die Suchindizes werden beim nächsten Start neu aufgebaut.');
		}
	}
);
