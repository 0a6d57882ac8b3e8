import type { ColumnType } from 'kysely';
import type { SearchGapKind } from '../../../search-gaps/marker';

type Count = ColumnType<number, number | undefined, number>;

/** Anonymous weekly search counts (see README "Suchlücken"); nothing in a row identifies a person. */
export interface SearchGapCountTable {
	/** Monday of the ISO week, YYYY-MM-DD. */
	week: string;
	/** Normalized: trimmed, lower case, single spaces, at most 100 characters. */
	query: string;
	locale: string;
	kind: SearchGapKind;
	searches: Count;
	zero_result_searches: Count;
	opened_results: Count;
	/** SQLite boolean: the coordinator added the words to the vocabulary or to a guide. */
	handled: Count;
}

export interface SearchGapTables {
	search_gap_counts: SearchGapCountTable;
}
