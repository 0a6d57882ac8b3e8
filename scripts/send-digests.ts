import { readConfig } from '../src/lib/server/config';
import { openDatabase } from '../src/lib/server/db/connection';
import { migrateToLatest } from '../src/lib/server/db/migrate';
import { createMailer } from '../src/lib/server/mail/mailer';
import { deliverImmediateNotifications, sendDailyDigests } from '../src/lib/server/notifications/delivery';
import { errorText } from '../src/lib/error-text';

// npm run send-digests: mails the daily digest to everyone who chose it, and retries immediate
// notifications whose sending failed. Run once a day from cron; needs ORIGIN for the links.
const config = readConfig();
const db = openDatabase(config.databasePath);

try {
	if (!process.env.ORIGIN)
		throw new Error('ORIGIN fehlt: die Links in den E-Mails brauchen die öffentliche Adresse des Portals.');
	await migrateToLatest(db);
	const options = { mailer: createMailer(config), origin: config.origin, siteName: config.siteName };
	const retried = await deliverImmediateNotifications(db, options);
	const digests = await sendDailyDigests(db, options);
	console.log(`${digests.sent} Zusammenfassung(en) und ${retried.sent} nachgeholte Benachrichtigung(en) versandt.`);
	if (digests.failed + retried.failed > 0) {
		console.error(
			`${digests.failed + retried.failed} E-Mail(s) fehlgeschlagen; sie bleiben für den nächsten Lauf vorgemerkt.`
		);
		process.exitCode = 1;
	}
} catch (error) {
	console.error(`Versand fehlgeschlagen: ${errorText(error)}`);
	process.exitCode = 1;
} finally {
	await db.destroy();
}
