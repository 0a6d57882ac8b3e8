import { readConfig } from '../src/lib/server/config';
import { openDatabase } from '../src/lib/server/db/connection';
import { migrateToLatest } from '../src/lib/server/db/migrate';
import { DemoDataRefusedError, seedDemoData, type SeedSummary } from '../src/lib/server/demo/seed-partners';

// npm run seed [-- --force]: loads the fictional Zittau network into the configured database.
const force = process.argv.slice(2).includes('--force');
const config = readConfig();
const db = openDatabase(config.databasePath);

try {
	await migrateToLatest(db);
	const summary = await seedDemoData(db, { force });
	printSummary(config.databasePath, summary);
} catch (error) {
	if (!(error instanceof DemoDataRefusedError)) throw error;
	console.error(
		`Die Datenbank ${config.databasePath} enthält bereits ${error.existingPartners} Partner; es wurde nichts geändert.\n` +
			'Mit "npm run seed -- --force" werden sie gelöscht und durch die Demodaten ersetzt.'
	);
	process.exitCode = 1;
} finally {
	await db.destroy();
}

function printSummary(file: string, s: SeedSummary): void {
	const categories = Object.entries(s.byCategory)
		.map(([code, count]) => `${code} ${count}`)
		.join(', ');
	console.log(
		[
			`Demodaten geladen in ${file}`,
			s.deleted > 0 ? `  gelöscht:     ${s.deleted} vorhandene Partner` : null,
			`  Partner:      ${s.created} (veröffentlicht ${s.byStatus.published}, Entwurf ${s.byStatus.draft}, archiviert ${s.byStatus.archived})`,
			`  Kategorien:   ${categories}`,
			`  Ortsteile:    ${s.ortsteile}`,
			`  Ansprechpersonen: ${s.contacts}, davon ${s.contactsWithoutConsent} ohne Einwilligung zur Veröffentlichung`,
			'Der Suchindex wird über die Outbox aktualisiert, sobald der Server läuft (oder mit "npm run reindex").'
		]
			.filter((line) => line !== null)
			.join('\n')
	);
}
