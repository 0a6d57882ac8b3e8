import fs from 'node:fs';
import path from 'node:path';
import { readConfig, type Config } from '../src/lib/server/config';
import { openDatabase } from '../src/lib/server/db/connection';
import { migrateToLatest } from '../src/lib/server/db/migrate';
import { SearchConnection } from '../search/connection';
import { startEmbeddedMeili } from '../search/meili-process';
import { reindexPartners, reindexProposals } from '../search/reindex';
import { errorText } from '../src/lib/error-text';

const USAGE = `npm run reindex: baut die Suchindizes "partners" und "proposals" neu auf und tauscht sie atomar aus; die Suche bleibt dabei verfügbar.

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

const config = readConfig();
const db = openDatabase(config.databasePath);
let target: Target | null = null;
let connection: SearchConnection | null = null;

try {
	await migrateToLatest(db);
	target = await resolveMeilisearch(config);
	console.log(`Meilisearch: ${target.describe}`);
	connection = new SearchConnection({ url: target.url, masterKey: target.masterKey });
	await connection.connect();
	await connection.waitUntilReady(30_000);

	const started = Date.now();
	const result = await reindexPartners(db, connection, {
		onProgress: (indexed, total) => console.log(`  ${indexed}/${total} Partner indexiert`)
	});
	console.log(`Fertig: ${result.documents} Partner in ${((Date.now() - started) / 1000).toFixed(1)} s neu indexiert.`);
	if (result.replayed > 0) {
		console.log(`${result.replayed} währenddessen geänderte Partner stehen in der Warteschlange; das Portal überträgt sie.`);
	}
	const proposals = await reindexProposals(db, connection);
	console.log(`Fertig: ${proposals.documents} Projektvorschläge neu indexiert.`);
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
		return { url: config.meiliUrl, masterKey: config.meiliMasterKey, describe: config.meiliUrl, stop: async () => {} };
	}
	const dataDir = path.join(config.dataDir, 'meili');
	const running = await findRunningEmbedded(dataDir, config.meiliPort);
	if (running) return running;
	const meili = await startEmbeddedMeili({ dataDir, port: config.meiliPort, binary: config.meiliBin });
	return { url: meili.url, masterKey: meili.masterKey, describe: `${meili.url} (eingebettet, für diesen Lauf gestartet)`, stop: meili.stop };
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
