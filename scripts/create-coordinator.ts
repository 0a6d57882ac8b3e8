import { parseArgs } from 'node:util';
import { CoordinatorInvitationError, inviteCoordinator } from '../src/lib/server/auth/coordinator-invitation';
import { readConfig } from '../src/lib/server/config';
import { openDatabase } from '../src/lib/server/db/connection';
import { migrateToLatest } from '../src/lib/server/db/migrate';
import { formatDateTime } from '../src/lib/server/mail/compose';

// npm run create-coordinator -- --email person@stadt.example [--name "Erika Muster"]
// Creates the coordinator account (without a password) and prints a one-time link to set one.

const { values } = parseArgs({
	options: { email: { type: 'string' }, name: { type: 'string' } },
	strict: true
});
if (!values.email) {
	console.error('Aufruf: npm run create-coordinator -- --email person@stadt.example [--name "Vorname Nachname"]');
	process.exit(2);
}

const config = readConfig();
const origin = config.origin;
const db = openDatabase(config.databasePath);
try {
	await migrateToLatest(db);
	const invitation = await inviteCoordinator(db, { email: values.email, name: values.name, origin });
	console.log(
		`${invitation.createdUser ? 'Koordinationskonto angelegt' : 'Neuer Link für das Koordinationskonto'}: ${values.email.trim().toLowerCase()}`
	);
	console.log(
		`Einmal-Link zum Festlegen von Name und Passwort (gültig bis ${formatDateTime(invitation.expiresAt)}):`
	);
	console.log(invitation.link);
	if (!process.env.ORIGIN) console.log(`Hinweis: ORIGIN ist nicht gesetzt; der Link verwendet ${origin}.`);
} catch (error) {
	if (!(error instanceof CoordinatorInvitationError)) throw error;
	console.error(error.message);
	process.exitCode = 1;
} finally {
	await db.destroy();
}
