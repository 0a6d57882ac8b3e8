import { parseArgs } from 'node:util';
import { type Config, readConfig } from '../src/lib/server/config';
import { BackupError } from '../src/lib/server/db/backup';

/**
 * Runs `npm run backup` or `npm run restore`: reads the one file option (without it prints the usage and
 * exits with 2), then runs the step with the portal's configuration; a refusal (BackupError) is printed
 * as it is and ends with exit code 1.
 */
export function runBackupCommand(option: 'to' | 'from', usage: string, step: (file: string, config: Config) => void) {
	const { values } = parseArgs({ options: { [option]: { type: 'string' } } });
	const file = values[option];
	if (typeof file !== 'string' || !file) {
		console.error(usage);
		process.exit(2);
	}
	try {
		step(file, readConfig());
	} catch (error) {
		if (!(error instanceof BackupError)) throw error;
		console.error(error.message);
		process.exitCode = 1;
	}
}
