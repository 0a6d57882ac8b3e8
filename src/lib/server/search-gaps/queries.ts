import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { weekOf } from './normalize';
import { flushSearchCounts } from './record';

/** Weeks the report offers. */
export const REPORT_WEEKS = 12;
const DAY_MS = 24 * 60 * 60 * 1000;

/** One query of one week, over both searches and all languages. */
export interface SearchGap {
	query: string;
	searches: number;
	zeroResultSearches: number;
	openedResults: number;
	locales: string[];
}

export interface SearchGapReport {
	withoutResults: SearchGap[];
	notOpened: SearchGap[];
}

/** The Mondays of the last twelve weeks, this week first. */
export function reportWeeks(now = new Date()): string[] {
	const monday = new Date(`${weekOf(now)}T00:00:00Z`).getTime();
	return Array.from({ length: REPORT_WEEKS }, (_, i) => new Date(monday - i * 7 * DAY_MS).toISOString().slice(0, 10));
}

/**
 * The week's queries that found nothing, and those whose results nobody opened, each only when it
 * was searched at least `threshold` times that week (rarer ones could point to a person) and not
 * yet marked as handled.
 */
export async function getSearchGapReport(
	db: Kysely<Database>,
	week: string,
	threshold: number
): Promise<SearchGapReport> {
	await flushSearchCounts(db);
	const rows = await db
		.selectFrom('search_gap_counts')
		.select((eb) => [
			'query',
			eb.fn.sum<number>('searches').as('searches'),
			eb.fn.sum<number>('zero_result_searches').as('zeroResultSearches'),
			eb.fn.sum<number>('opened_results').as('openedResults'),
			sql<string>`group_concat(distinct locale)`.as('locales')
		])
		.where('week', '=', week)
		.groupBy('query')
		.having((eb) => eb.fn.sum('searches'), '>=', Math.max(1, threshold))
		.having((eb) => eb.fn.max('handled'), '=', 0)
		.orderBy('searches', 'desc')
		.orderBy('query')
		.execute();
	const gaps = rows.map((row) => ({
		query: row.query,
		searches: Number(row.searches),
		zeroResultSearches: Number(row.zeroResultSearches),
		openedResults: Number(row.openedResults),
		locales: row.locales.split(',').sort()
	}));
	return {
		withoutResults: gaps.filter((g) => g.zeroResultSearches > 0),
		notOpened: gaps.filter((g) => g.searches > g.zeroResultSearches && g.openedResults === 0)
	};
}

/** Hides a query from the week's report once the coordinator has dealt with it. */
export async function markSearchGapHandled(db: Kysely<Database>, week: string, query: string): Promise<number> {
	await flushSearchCounts(db);
	const result = await db
		.updateTable('search_gap_counts')
		.set({ handled: 1 })
		.where('week', '=', week)
		.where('query', '=', query)
		.executeTakeFirst();
	return Number(result.numUpdatedRows);
}

/** Deletes the weeks that began before the week of `cutoff` (retention); returns how many rows went. */
export async function deleteOldSearchGaps(db: Kysely<Database>, cutoff: Date): Promise<number> {
	const result = await db.deleteFrom('search_gap_counts').where('week', '<', weekOf(cutoff)).executeTakeFirst();
	return Number(result.numDeletedRows);
}
