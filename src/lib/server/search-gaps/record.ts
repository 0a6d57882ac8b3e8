import { sql, type Kysely } from 'kysely';
import type { SearchGapKind } from '$lib/search-gaps/marker';
import type { Database } from '../db/schema';
import { writeTransaction } from '../db/transaction';
import { normalizeGapQuery, weekOf } from './normalize';

const LOCALES = new Set(['de', 'en', 'pl', 'cs']);

export interface CountedSearch {
	q: string;
	locale: string;
	kind: SearchGapKind;
	/** How many results the search found in all. */
	total: number;
}

// Searches are counted in memory and written together at most a second later, in one transaction:
// a search then pays no SQLite write and commit of its own (~0.2 ms each, one upsert per search
// before). A crash loses at most the last second's counts of a weekly report. Everything that reads
// the counts, and the runtime's stop, flushes first.
const FLUSH_AFTER_MS = 1_000;

interface PendingRow {
	key: NonNullable<ReturnType<typeof rowKey>>;
	searches: number;
	zeroResultSearches: number;
}

interface PendingCounts {
	rows: Map<string, PendingRow>;
	timer: ReturnType<typeof setTimeout> | null;
	writing: Promise<void>;
}

const pendingByDatabase = new WeakMap<Kysely<Database>, PendingCounts>();

/** Counts one search in its week's row; nothing about who searched. */
export function countSearch(db: Kysely<Database>, search: CountedSearch, now = new Date()): void {
	const key = rowKey(search, now);
	if (!key) return;
	let pending = pendingByDatabase.get(db);
	if (!pending) {
		pending = { rows: new Map(), timer: null, writing: Promise.resolve() };
		pendingByDatabase.set(db, pending);
	}
	const id = JSON.stringify([key.week, key.query, key.locale, key.kind]);
	const row = pending.rows.get(id) ?? { key, searches: 0, zeroResultSearches: 0 };
	row.searches++;
	if (search.total === 0) row.zeroResultSearches++;
	pending.rows.set(id, row);
	pending.timer ??= setTimeout(() => void flushSearchCounts(db), FLUSH_AFTER_MS).unref();
}

/** Writes the searches counted so far; never throws (a failure is logged and those counts dropped). */
export function flushSearchCounts(db: Kysely<Database>): Promise<void> {
	const pending = pendingByDatabase.get(db);
	if (!pending) return Promise.resolve();
	if (pending.timer) clearTimeout(pending.timer);
	pending.timer = null;
	const rows = [...pending.rows.values()];
	pending.rows = new Map();
	// One write at a time, so that a flush that returns has also waited for the one before it.
	pending.writing = pending.writing.then(() => (rows.length > 0 ? writeCounts(db, rows) : undefined));
	return pending.writing;
}

function writeCounts(db: Kysely<Database>, rows: PendingRow[]): Promise<void> {
	return guarded(`${rows.length} searches`, () =>
		writeTransaction(db, async (trx) => {
			for (const { key, searches, zeroResultSearches } of rows) {
				await trx
					.insertInto('search_gap_counts')
					.values({ ...key, searches, zero_result_searches: zeroResultSearches })
					.onConflict((oc) =>
						oc.columns(['week', 'query', 'locale', 'kind']).doUpdateSet({
							searches: sql`searches + ${searches}`,
							zero_result_searches: sql`zero_result_searches + ${zeroResultSearches}`
						})
					)
					.execute();
			}
		})
	);
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
	return guarded('an opened result', async () => {
		await flushSearchCounts(db);
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
			`[search-gaps] counting ${what} failed: ${error instanceof Error ? error.message : String(error)}`
		);
	}
}
