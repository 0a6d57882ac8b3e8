import { backupDatabase } from '../src/lib/server/db/backup';
import { runBackupCommand } from './backup-command';

// npm run backup -- --to FILE: one consistent copy of the database (files included) while the portal runs.
runBackupCommand('to', 'Aufruf: npm run backup -- --to /pfad/kpr-$(date +%F).db', (file, config) => {
	const bytes = backupDatabase(config.databasePath, file);
	console.log(`Sicherung geschrieben: ${file} (${(bytes / 1024 / 1024).toFixed(1)} MB) aus ${config.databasePath}.`);
});
