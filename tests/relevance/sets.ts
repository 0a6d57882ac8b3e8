// The relevance suite's query sets, read from the JSON files next to this one. Each file holds an "about"
// string (who wrote the set, when and how) and "queries": records of a query as a citizen types it, its
// language and the demo partners (slugs from src/lib/server/demo/partners) a coordinator would call a
// right answer. queries.json is the judged suite the search was tuned on; held-out*.json are sets kept out
// of tuning. A new set: write held-out-N.json and add its name to HELD_OUT_SET_NAMES.
import fs from 'node:fs';

export type SuiteLanguage = 'de' | 'en' | 'pl' | 'cs';

export interface JudgedQuery {
	q: string;
	lang: SuiteLanguage;
	relevant: string[];
	/** Added to the judged suite after the baseline, from a failure met while tuning. */
	added?: true;
	/** What the record's author wrote about it (in queries.json: the heading of the records it opens). */
	note?: string;
}

const LANGUAGES: readonly string[] = ['de', 'en', 'pl', 'cs'] satisfies SuiteLanguage[];
const KEYS = new Set(['q', 'lang', 'relevant', 'added', 'note']);

/** Reads one set (a file name next to this module) and checks every record, naming the file and index of a bad one. */
export function loadQuerySet(fileName: string): JudgedQuery[] {
	const file = new URL(fileName, import.meta.url);
	const data: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
	const fail = (what: string): never => {
		throw new Error(`tests/relevance/${fileName}: ${what}`);
	};
	if (!isRecord(data) || typeof data.about !== 'string' || !data.about.trim() || !Array.isArray(data.queries))
		fail('expected { "about": "…", "queries": [ … ] }');
	const queries: unknown[] = (data as { queries: unknown[] }).queries;
	return queries.map((record, index) => {
		const at = (what: string) => fail(`query ${index}: ${what}`);
		if (!isRecord(record)) return at('not an object');
		const unknownKey = Object.keys(record).find((key) => !KEYS.has(key));
		if (unknownKey) at(`unknown field "${unknownKey}"`);
		const { q, lang, relevant, added, note } = record;
		if (typeof q !== 'string' || !q.trim()) at('"q" must be a non-empty string');
		if (typeof lang !== 'string' || !LANGUAGES.includes(lang)) at(`"lang" must be one of ${LANGUAGES.join(', ')}`);
		if (!Array.isArray(relevant) || relevant.length === 0 || !relevant.every((s) => typeof s === 'string' && s))
			at('"relevant" must list at least one partner slug');
		if (added !== undefined && added !== true) at('"added" is true or absent');
		if (note !== undefined && typeof note !== 'string') at('"note" must be a string');
		return record as unknown as JudgedQuery;
	});
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const JUDGED_QUERIES = loadQuerySet('queries.json');

/** The sets kept out of tuning, in the order they were written; `npm run bench:relevance -- --NAME` runs one. */
export const HELD_OUT_SET_NAMES = [
	'held-out',
	'held-out-2',
	'held-out-3',
	'held-out-4',
	'held-out-5',
	'held-out-6',
	'held-out-7',
	'held-out-8',
	'held-out-9',
	'held-out-10',
	'held-out-11',
	'held-out-12',
	'held-out-13',
	'held-out-14',
	'held-out-15',
	'held-out-16',
	'held-out-17',
	'held-out-18',
	'held-out-19',
	'held-out-20',
	'held-out-21',
	'held-out-22'
];

/**
 * Sets written but not run yet: `-- --all` leaves them out, so that a tuning run cannot spend them; the
 * first run is `-- --NAME` alone, after which the name leaves this list.
 */
export const UNRUN_SET_NAMES: readonly string[] = [];

export const HELD_OUT_SETS: Record<string, JudgedQuery[]> = Object.fromEntries(
	HELD_OUT_SET_NAMES.map((name) => [name, loadQuerySet(`${name}.json`)])
);
