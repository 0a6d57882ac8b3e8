import { sql, type Kysely } from 'kysely';
import type { SearchGapKind } from '$lib/search-gaps/marker';
import type { Database } from '../db/schema';
import { normalizeGapQuery, weekOf } from './normalize';

const LOCALES = new Set(['de', 'en', 'pl', 'cs']);

export interface CountedSearch {
	q: string;
	locale: string;
	kind: SearchGapKind;
	/** How many results the search found in all. */
	total: number;
}

/**
 * Counts one search in its week's row: one upsert, nothing about who searched. Never breaks the
 * search: a failure is logged and dropped.
 */
export function countSearch(db: Kysely<Database>, search: CountedSearch, now = new Date()): Promise<void> {
	return guarded('search', async () => {
		const row = rowKey(search, now);
		if (!row) return;
		const zero = search.total === 0 ? 1 : 0;
		await db
			.insertInto('search_gap_counts')
			.values({ ...row, searches: 1, zero_result_searches: zero })
			.onConflict((oc) =>
				oc.columns(['week', 'query', 'locale', 'kind']).doUpdateSet({
					searches: sql`searches + 1`,
					zero_result_searches: sql`zero_result_searches + ${zero}`
				})
			)
			.execute();
	});
}

/**
 * Counts one opened result for a search counted this week. A marker for a query nobody searched
 * creates nothing, so a hand-made link cannot put words into the report.
 */
export function countOpenedResult(
	db: Kysely<Database>,
	opened: Omit<CountedSearch, 'total'>,
	now = new Date()
): Promise<void> {
	return guarded('opened result', async () => {
		const row = rowKey(opened, now);
		if (!row) return;
		await db
			.updateTable('search_gap_counts')
			.set({ opened_results: sql`opened_results + 1` })
			.where('week', '=', row.week)
			.where('query', '=', row.query)
			.where('locale', '=', row.locale)
			.where('kind', '=', row.kind)
			.execute();
	});
}

function rowKey({ q, locale, kind }: Omit<CountedSearch, 'total'>, now: Date) {
	const query = normalizeGapQuery(q);
	if (query === null) return null;
	return { week: weekOf(now), query, locale: LOCALES.has(locale) ? locale : 'de', kind };
}

async function guarded(what: string, write: () => Promise<void>): Promise<void> {
	try {
		await write();
	} catch (error) {
		console.error(
			`[search-gaps] counting a ${what} failed: ${error instanceof Error ? error.message : String(error)}`
		);
	}
}
