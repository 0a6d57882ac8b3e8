import path from 'node:path';
import type { Kysely } from 'kysely';
import { SearchConnection } from '../../../search/connection';
import { startEmbeddedMeili, type EmbeddedMeili } from '../../../search/meili-process';
import { startSearchSync, type SearchSync } from '../../../search/sync';
import { readConfig, type Config } from './config';
import { openDatabase } from './db/connection';
import { migrateToLatest } from './db/migrate';
import { flushSearchCounts } from './search-gaps/record';
import type { Database } from './db/schema';

export interface Runtime {
	config: Config;
	db: Kysely<Database>;
	search: SearchConnection;
}

interface Running {
	runtime: Runtime;
	sync: SearchSync;
	meili: EmbeddedMeili | null;
}

let running: Running | null = null;
let starting: Promise<Running> | null = null;

export function getRuntime(): Runtime {
	if (!running) throw new Error('Runtime not started: call startRuntime() first');
	return running.runtime;
}

/**
 * Opens and migrates the database, starts or connects to Meilisearch and starts the outbox sync.
 * A failed migration throws, so the server does not start; an unreachable Meilisearch does not:
 * the connection keeps retrying and searches fall back meanwhile. Calling it again is a no-op.
 */
export async function startRuntime(config: Config = readConfig()): Promise<Runtime> {
	if (running) return running.runtime;
	starting ??= boot(config).finally(() => {
		starting = null;
	});
	running = await starting;
	return running.runtime;
}

export async function stopRuntime(): Promise<void> {
	const stopping = running ?? (await starting?.catch(() => null)) ?? null;
	running = null;
	if (!stopping) return;
	await stopping.sync.stop();
	await flushSearchCounts(stopping.runtime.db);
	stopping.runtime.search.close();
	await stopping.meili?.stop();
	await stopping.runtime.db.destroy();
	console.info('[runtime] stopped');
}

async function boot(config: Config): Promise<Running> {
	const db = openDatabase(config.databasePath);
	let meili: EmbeddedMeili | null = null;
	try {
		await migrateToLatest(db);
		meili = config.meiliUrl ? null : await startEmbedded(config);
		const url = meili?.url ?? config.meiliUrl!;
		const search = new SearchConnection({ url, masterKey: meili?.masterKey ?? requireMasterKey(config), db });
		await search.connect();
		const sync = startSearchSync(db, search, { intervalMs: config.searchSyncIntervalMs });
		console.info(
			`[runtime] database ${config.databasePath}; Meilisearch ${url} (${meili ? 'embedded' : 'external'}, ${search.isReady() ? 'ready' : 'not reachable yet'})`
		);
		return { runtime: { config, db, search }, sync, meili };
	} catch (error) {
		await meili?.stop();
		await db.destroy();
		throw error;
	}
}

async function startEmbedded(config: Config): Promise<EmbeddedMeili> {
	const dataDir = path.join(config.dataDir, 'meili');
	const meili = await startEmbeddedMeili({
		dataDir,
		port: config.meiliPort,
		binary: config.meiliBin,
		maxIndexingMemory: config.meiliMaxIndexingMemory
	});
	console.info(`[runtime] started embedded Meilisearch on ${meili.url} (data in ${dataDir})`);
	return meili;
}

function requireMasterKey(config: Config): string {
	if (!config.meiliMasterKey) throw new Error('MEILI_MASTER_KEY must be set when MEILI_URL is set');
	return config.meiliMasterKey;
}
