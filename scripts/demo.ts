import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LARGEST_BODY_LIMIT } from '../src/lib/server/body-limit';
import { getUserByEmail } from '../src/lib/server/auth/users';
import { readConfig, type Config } from '../src/lib/server/config';
import { openDatabase } from '../src/lib/server/db/connection';
import { migrateToLatest } from '../src/lib/server/db/migrate';
import { DEMO_ACCOUNTS, DEMO_COORDINATOR_TOTP_KEY } from '../src/lib/server/demo/accounts';
import { seedDemoData } from '../src/lib/server/demo/seed-partners';
import { countPartners } from '../src/lib/server/partners/queries';
import { buildIfStale } from './build-if-stale';
import { errorText } from '../src/lib/error-text';

// npm run demo: build when stale, migrate, load the demo network into an empty database, then serve
// the built app. The server starts Meilisearch and the outbox sync itself (src/hooks.server.ts).

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const config = readConfig();
const port = Number(process.env.PORT || 3000);
const origin = process.env.ORIGIN || `http://localhost:${port}`;
const local = `http://127.0.0.1:${port}`;
const START_TIMEOUT_MS = 120_000;

if (!(await buildIfStale(root))) console.log('build/ ist aktuell.');
const demoAccounts = await prepareDatabase(config);
const server = startServer();
const stopping = forwardStopSignals(server);
const exited = waitForExit(server);

exited.then((code) => {
	if (!stopping.requested) {
		console.error(`Der Server wurde unerwartet beendet (Code ${code}).`);
		process.exit(code === 0 ? 1 : code);
	}
	process.exit(stopping.failed ? 1 : code);
});

try {
	await waitUntilHealthy();
	await waitUntilIndexed();
	console.log(`\nKPR-Portal mit Demodaten läuft: ${origin}`);
	if (demoAccounts) printDemoAccounts();
	console.log('Beenden mit Strg+C.');
} catch (error) {
	console.error(`Die Demo konnte nicht starten: ${errorText(error)}`);
	stopping.requested = true;
	stopping.failed = true;
	server.kill('SIGTERM');
}

/** Migrates and seeds an empty database; true when it holds the demo accounts. */
async function prepareDatabase(config: Config): Promise<boolean> {
	const db = openDatabase(config.databasePath);
	try {
		await migrateToLatest(db);
		if ((await countPartners(db)) > 0) {
			console.log(`Datenbank ${config.databasePath} enthält bereits Partner; Demodaten werden nicht geladen.`);
			return (await getUserByEmail(db, DEMO_ACCOUNTS.coordinator.email)) !== null;
		}
		const summary = await seedDemoData(db);
		console.log(`Demodaten geladen: ${summary.created} Partner in ${config.databasePath}.`);
		return true;
	} finally {
		await db.destroy();
	}
}

function printDemoAccounts(): void {
	const { coordinator, policeAdmin, schoolEditor, associationAdmin } = DEMO_ACCOUNTS;
	const rows: [string, { email: string; password: string }][] = [
		['Koordinierungsstelle', coordinator],
		['Polizeirevier Zittau (Admin)', policeAdmin],
		['Oberschule am Töpferberg (Redaktion)', schoolEditor],
		['Verkehrswacht Zittau (Admin)', associationAdmin]
	];
	console.log(`\nDemo-Zugänge (Anmeldung unter ${origin}/anmelden):`);
	for (const [label, account] of rows)
		console.log(`  ${label.padEnd(38)} ${account.email.padEnd(26)} ${account.password}`);
	console.log(
		`  Zwei-Faktor-Schlüssel der Koordinierungsstelle (TOTP, für eine Authenticator-App): ${DEMO_COORDINATOR_TOTP_KEY}\n`
	);
}

function startServer(): ChildProcess {
	console.log(`Starte den Server auf Port ${port}…`);
	// Not detached: a kill of the whole process group (as Playwright does) must reach the server too.
	// server.js: the built app behind compression, as in production.
	return spawn(process.execPath, [path.join(root, 'server.js')], {
		cwd: root,
		stdio: 'inherit',
		env: {
			...process.env,
			PORT: String(port),
			ORIGIN: origin,
			DATA_DIR: config.dataDir,
			DATABASE_PATH: config.databasePath,
			// adapter-node's limit is the largest upload (the sign-language video); every route without
			// an upload is held to 512 KB by the portal itself (src/lib/server/body-limit.ts).
			BODY_SIZE_LIMIT: process.env.BODY_SIZE_LIMIT || String(LARGEST_BODY_LIMIT)
		}
	});
}

/** The server stops its Meilisearch on SIGINT/SIGTERM; the demo ends once the server has. */
function forwardStopSignals(child: ChildProcess): { requested: boolean; failed: boolean } {
	const state = { requested: false, failed: false };
	for (const signal of ['SIGINT', 'SIGTERM'] as const) {
		process.on(signal, () => {
			if (!state.requested) console.log('\nBeende den Server…');
			state.requested = true;
			if (child.exitCode === null && child.signalCode === null) child.kill(signal);
		});
	}
	return state;
}

function waitForExit(child: ChildProcess): Promise<number> {
	return new Promise((resolve) => {
		child.once('error', (error) => {
			console.error(`Der Server konnte nicht gestartet werden: ${error.message}`);
			resolve(1);
		});
		child.once('exit', (code, signal) => resolve(code ?? (signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1)));
	});
}

async function waitUntilHealthy(): Promise<void> {
	const deadline = Date.now() + START_TIMEOUT_MS;
	while ((await readHealth()) === null) {
		if (Date.now() > deadline)
			throw new Error(`${local}/healthz antwortet nach ${START_TIMEOUT_MS / 1000} s nicht`);
		await sleep(250);
	}
}

async function waitUntilIndexed(): Promise<void> {
	let shown = '';
	for (;;) {
		const health = await readHealth();
		if (health?.outboxBacklog === 0) return;
		const line = health
			? `Suchindex: ${health.outboxBacklog} Einträge ausstehend…` +
				(health.meilisearch === 'reachable' ? '' : ' (Meilisearch noch nicht erreichbar)')
			: 'Suchindex: warte auf den Server…';
		if (line !== shown) console.log(line);
		shown = line;
		await sleep(250);
	}
}

interface Health {
	meilisearch: string;
	outboxBacklog: number;
}

/** null while the server does not answer yet. */
async function readHealth(): Promise<Health | null> {
	let response: Response;
	try {
		response = await fetch(`${local}/healthz`, { signal: AbortSignal.timeout(2_000) });
	} catch (error) {
		// Refused connections (TypeError) and timeouts are what a starting server looks like.
		if (error instanceof TypeError || (error instanceof DOMException && error.name === 'TimeoutError')) return null;
		throw error;
	}
	if (!response.headers.get('content-type')?.includes('application/json')) {
		throw new Error(`/healthz antwortet mit Status ${response.status} ohne JSON`);
	}
	return (await response.json()) as Health;
}

function sleep(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}
