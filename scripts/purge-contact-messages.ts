import { readConfig } from '../src/lib/server/config';
import { deleteExpiredMessages } from '../src/lib/server/contact/retention';
import { openDatabase } from '../src/lib/server/db/connection';
import { migrateToLatest } from '../src/lib/server/db/migrate';
import { errorText } from '../src/lib/error-text';

// npm run purge-contact-messages: deletes contact messages handled more than CONTACT_RETENTION_MONTHS
// (default 12) ago, as the coordinator's button in /koordination/postfach does. Safe to run daily from cron.
const config = readConfig();
const db = openDatabase(config.databasePath);

try {
	await migrateToLatest(db);
	const deleted = await deleteExpiredMessages(db, { now: new Date(), months: config.contactRetentionMonths });
	console.log(
		`${deleted} Nachricht(en) gelöscht, die vor mehr als ${config.contactRetentionMonths} Monaten erledigt wurden.`
	);
} catch (error) {
	console.error(`Löschen fehlgeschlagen: ${errorText(error)}`);
	process.exitCode = 1;
} finally {
	await db.destroy();
}
