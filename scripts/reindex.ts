import fs from 'node:fs';
import path from 'node:path';
import { readConfig, type Config } from '../src/lib/server/config';
import { openDatabase } from '../src/lib/server/db/connection';
import { migrateToLatest } from '../src/lib/server/db/migrate';
import { SearchConnection } from '../search/connection';
import { startEmbeddedMeili } from '../search/meili-process';
import { findSearchIndex, searchIndexes } from '../search/registry';
import { reindex } from '../search/reindex';
import { errorText } from '../src/lib/error-text';

const NAMES = searchIndexes.map((index) => `"${index.uid}"`).join(', ');
const USAGE = `npm run reindex [-- INDEX]: baut jeden Suchindex (${NAMES}) oder nur den genannten neu auf und
tauscht ihn atomar aus; die Suche bleibt dabei verfügbar.

  Mit MEILI_URL (und MEILI_MASTER_KEY) wird dieses Meilisearch verwendet.
  Ohne MEILI_URL wird das eingebettete Meilisearch im Datenverzeichnis (DATA_DIR/meili) verwendet:
  läuft das Portal und hält es bereits, nutzt das Skript das laufende (Port MEILI_PORT, Schlüssel aus
  DATA_DIR/meili/master-key); sonst startet es es selbst. Bei abweichendem Port das Portal vorher
  stoppen oder MEILI_URL setzen.`;

if (process.argv.includes('--help')) {
	console.log(USAGE);
	process.exit(0);
}

interface Target {
	url: string;
	masterKey: string;
	describe: string;
	stop(): Promise<void>;
}

const named = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
const chosen = named ? findSearchIndex(named) : undefined;
if (named && !chosen) {
	console.error(`Unbekannter Suchindex "${named}". Vorhanden: ${NAMES}.`);
	process.exit(2);
}

const config = readConfig();
const db = openDatabase(config.databasePath);
let target: Target | null = null;
let connection: SearchConnection | null = null;

try {
	await migrateToLatest(db);
	target = await resolveMeilisearch(config);
	console.log(`Meilisearch: ${target.describe}`);
	connection = new SearchConnection({ url: target.url, masterKey: target.masterKey, db });
	await connection.connect();
	await connection.waitUntilReady(30_000);

	for (const index of chosen ? [chosen] : searchIndexes) {
		const started = Date.now();
		const result = await reindex(db, connection, index, {
			onProgress: (indexed, total) =>
				console.log(`  ${index.uid}: ${indexed}/${total} Dokumente an Meilisearch übergeben`)
		});
		console.log(
			`Fertig: "${index.uid}" mit ${result.documents} Dokumenten in ${((Date.now() - started) / 1000).toFixed(1)} s neu aufgebaut.`
		);
		if (result.replayed > 0) {
			console.log(
				`  ${result.replayed} währenddessen geänderte Dokumente stehen in der Warteschlange; das Portal überträgt sie.`
			);
		}
	}
} catch (error) {
	console.error(`Neuindizierung fehlgeschlagen: ${errorText(error)}`);
	console.error(USAGE);
	process.exitCode = 1;
} finally {
	connection?.close();
	await target?.stop();
	await db.destroy();
}

async function resolveMeilisearch(config: Config): Promise<Target> {
	if (config.meiliUrl) {
		if (!config.meiliMasterKey) throw new Error('MEILI_MASTER_KEY fehlt (nötig mit MEILI_URL)');
		return {
			url: config.meiliUrl,
			masterKey: config.meiliMasterKey,
			describe: config.meiliUrl,
			stop: async () => {}
		};
	}
	const dataDir = path.join(config.dataDir, 'meili');
	const running = await findRunningEmbedded(dataDir, config.meiliPort);
	if (running) return running;
	const meili = await startEmbeddedMeili({
		dataDir,
		port: config.meiliPort,
		binary: config.meiliBin,
		maxIndexingMemory: config.meiliMaxIndexingMemory
	});
	return {
		url: meili.url,
		masterKey: meili.masterKey,
		describe: `${meili.url} (eingebettet, für diesen Lauf gestartet)`,
		stop: meili.stop
	};
}

/** The portal's embedded Meilisearch, when it is already running on the configured port. */
async function findRunningEmbedded(dataDir: string, port: number): Promise<Target | null> {
	const keyFile = path.join(dataDir, 'master-key');
	if (port === 0 || !fs.existsSync(keyFile)) return null;
	const url = `http://127.0.0.1:${port}`;
	// Nothing answering means the portal is not running: the script starts its own.
	const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1_000) }).catch(() => null);
	if (!response?.ok) return null;
	const masterKey = fs.readFileSync(keyFile, 'utf8').trim();
	return { url, masterKey, describe: `${url} (eingebettet, vom laufenden Portal)`, stop: async () => {} };
}
