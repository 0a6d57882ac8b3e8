import { outboxBacklog } from './db/search-outbox';
import type { Runtime } from './runtime';

export interface HealthReport {
	database: 'ok' | 'error';
	meilisearch: 'reachable' | 'unreachable';
	/** Search outbox entries not yet delivered to Meilisearch. */
	outboxBacklog: number;
}

export async function checkHealth(runtime: Runtime): Promise<HealthReport> {
	const [backlog, reachable] = await Promise.all([readBacklog(runtime), runtime.search.ping()]);
	return {
		database: backlog === null ? 'error' : 'ok',
		meilisearch: reachable ? 'reachable' : 'unreachable',
		outboxBacklog: backlog ?? 0
	};
}

/** null when the database cannot answer. */
async function readBacklog({ db }: Runtime): Promise<number | null> {
	try {
		return await outboxBacklog(db);
	} catch (error) {
		console.error(`[health] database check failed: ${error instanceof Error ? error.message : String(error)}`);
		return null;
	}
}
