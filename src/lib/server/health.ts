import { outboxBacklog } from './db/search-outbox';
import type { Runtime } from './runtime';
import { errorText } from '$lib/error-text';

export interface HealthReport {
	/** degraded: the portal answers, but searches run on the SQLite fallback (see `reason`). */
	status: 'ok' | 'degraded' | 'error';
	reason?: string;
	database: 'ok' | 'error';
	meilisearch: 'reachable' | 'unreachable';
	/** Search outbox entries not yet delivered to Meilisearch. */
	outboxBacklog: number;
}

export async function checkHealth(runtime: Runtime): Promise<HealthReport> {
	const [backlog, reachable] = await Promise.all([readBacklog(runtime), runtime.search.ping()]);
	const report = {
		database: backlog === null ? ('error' as const) : ('ok' as const),
		meilisearch: reachable ? ('reachable' as const) : ('unreachable' as const),
		outboxBacklog: backlog ?? 0
	};
	if (backlog === null) return { status: 'error', reason: 'Die Datenbank antwortet nicht.', ...report };
	if (!reachable)
		return {
			status: 'degraded',
			reason: 'Meilisearch antwortet nicht; die Suche läuft über die Ersatzsuche.',
			...report
		};
	if (!runtime.search.isReady()) {
		return {
			status: 'degraded',
			reason: 'Meilisearch wird eingerichtet; die Suche läuft über die Ersatzsuche.',
			...report
		};
	}
	return { status: 'ok', ...report };
}

/** null when the database cannot answer. */
async function readBacklog({ db }: Runtime): Promise<number | null> {
	try {
		return await outboxBacklog(db);
	} catch (error) {
		console.error(`[health] database check failed: ${errorText(error)}`);
		return null;
	}
}
