import { parseArgs } from 'node:util';
import { BackupError, backupDatabase } from '../src/lib/server/db/backup';
import { readConfig } from '../src/lib/server/config';

// npm run backup -- --to FILE: one consistent copy of the database (files included) while the portal runs.
const { values } = parseArgs({ options: { to: { type: 'string' } } });
if (!values.to) {
	console.error('Aufruf: npm run backup -- --to /pfad/kpr-$(date +%F).db');
	process.exit(2);
}

const config = readConfig();
try {
	const bytes = backupDatabase(config.databasePath, values.to);
	console.log(
		`Sicherung geschrieben: ${values.to} (${(bytes / 1024 / 1024).toFixed(1)} MB) aus ${config.databasePath}.`
	);
} catch (error) {
	if (!(error instanceof BackupError)) throw error;
	console.error(error.message);
	process.exitCode = 1;
}
