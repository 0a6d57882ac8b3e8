import { readConfig } from '../src/lib/server/config';
import { openDatabase } from '../src/lib/server/db/connection';
import { migrateToLatest } from '../src/lib/server/db/migrate';
import { createMailer } from '../src/lib/server/mail/mailer';
import { sendFreshnessReminders } from '../src/lib/server/freshness/reminders';
import { errorText } from '../src/lib/error-text';

// npm run send-reminders: mails the freshness reminder for every published entry not confirmed for
// six months, at most once per six-month period (safe to run daily, e.g. from cron). Needs ORIGIN
// for the links; SMTP_URL to send (otherwise the mails land in MAIL_DIR as .eml files).
const config = readConfig();
const db = openDatabase(config.databasePath);

try {
	await migrateToLatest(db);
	const report = await sendFreshnessReminders(db, { mailer: createMailer(config), origin: config.origin });
	for (const s of report.sent) console.log(`erinnert: ${s.name} (${s.recipients} Empfänger)`);
	for (const u of report.unreachable) console.log(`nicht erreichbar (kein Konto, keine E-Mail-Adresse): ${u.name}`);
	for (const f of report.failed) console.error(`fehlgeschlagen: ${f.name}: ${f.error}`);
	console.log(`${report.sent.length} Erinnerung(en) versandt.`);
	if (report.failed.length > 0) process.exitCode = 1;
} catch (error) {
	console.error(`Erinnerungen fehlgeschlagen: ${errorText(error)}`);
	process.exitCode = 1;
} finally {
	await db.destroy();
}
