import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { applyRetention, type RetentionPeriods } from './retention';

const DAY_MS = 24 * 60 * 60 * 1000;
// The first run waits until start-up (migrations, search index) is done.
const FIRST_RUN_DELAY_MS = 60_000;

/** Runs the retention once a day inside the server, so no cron job is needed; returns a stop function. */
export function startRetentionJob(db: Kysely<Database>, periods: RetentionPeriods): () => void {
	const run = () => {
		applyRetention(db, periods)
			.then((report) => console.info(`[retention] ${JSON.stringify(report)}`))
			.catch((error: unknown) =>
				console.error(`[retention] failed: ${error instanceof Error ? error.message : String(error)}`)
			);
	};
	const first = setTimeout(run, FIRST_RUN_DELAY_MS);
	const daily = setInterval(run, DAY_MS);
	first.unref();
	daily.unref();
	return () => {
		clearTimeout(first);
		clearInterval(daily);
	};
}
