import { parseDirectoryQuery } from '../../src/lib/directory/query';
import { searchDirectory } from '../../search/directory';
import { reloadVocabulary } from '../../search/vocabulary/cache';
import { seedDemoData } from '../../src/lib/server/demo/seed-partners';
import { startTestRuntime, type TestRuntime } from '../helpers/test-runtime';
import { JUDGED_QUERIES, type JudgedQuery, type SuiteLanguage } from './sets';

export const SUITE_LANGUAGES: SuiteLanguage[] = ['de', 'en', 'pl', 'cs'];

export interface QueryOutcome {
	query: JudgedQuery;
	/** 1-based rank of the first right partner on the first page; 0 when none is there. */
	rank: number;
	top: string[];
}

export interface Figures {
	queries: number;
	/** Share of queries with a right partner among the first three results. */
	successAt3: number;
	/** Mean reciprocal rank of the first right partner (first page only). */
	mrr: number;
}

export interface SuiteReport {
	byLanguage: Record<SuiteLanguage, Figures>;
	overall: Figures;
	misses: QueryOutcome[];
	/** Queries that made the search fail (they must not exist: no 5xx for any query). */
	errors: { query: JudgedQuery; error: string }[];
}

/**
 * A test runtime (temp SQLite + private Meilisearch) holding the demo network, fully indexed. The
 * query understanding read the vocabulary when the empty indexes were created, before the demo's
 * areas existed; it reads it again with them, as a server does within a minute.
 */
export async function startDemoRuntime(): Promise<TestRuntime> {
	const runtime = await startTestRuntime();
	await seedDemoData(runtime.db, { today: new Date('2026-12-01T10:00:00Z') });
	await runtime.drain();
	await reloadVocabulary(runtime.db);
	return runtime;
}

/** Runs every judged query through the directory's own search, the one /netzwerk and /api/suche use. */
export async function runRelevanceSuite(runtime: TestRuntime, queries = JUDGED_QUERIES): Promise<SuiteReport> {
	const outcomes: QueryOutcome[] = [];
	const errors: SuiteReport['errors'] = [];
	for (const query of queries) {
		try {
			const result = await searchDirectory(runtime, parseDirectoryQuery(new URLSearchParams({ q: query.q })));
			if (result.degraded) throw new Error('search fell back to SQLite');
			const top = result.hits.map((h) => h.slug);
			const rank = top.findIndex((slug) => query.relevant.includes(slug)) + 1;
			outcomes.push({ query, rank, top });
		} catch (error) {
			errors.push({ query, error: error instanceof Error ? error.message : String(error) });
			outcomes.push({ query, rank: 0, top: [] });
		}
	}
	const byLanguage = Object.fromEntries(
		SUITE_LANGUAGES.map((lang) => [lang, figuresOf(outcomes.filter((o) => o.query.lang === lang))])
	) as Record<SuiteLanguage, Figures>;
	return {
		byLanguage,
		overall: figuresOf(outcomes),
		misses: outcomes.filter((o) => o.rank === 0 || o.rank > 3),
		errors
	};
}

function figuresOf(outcomes: QueryOutcome[]): Figures {
	const n = outcomes.length || 1;
	return {
		queries: outcomes.length,
		successAt3: outcomes.filter((o) => o.rank >= 1 && o.rank <= 3).length / n,
		mrr: outcomes.reduce((sum, o) => sum + (o.rank > 0 ? 1 / o.rank : 0), 0) / n
	};
}

export function formatReport(report: SuiteReport): string {
	const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
	const rows = [...SUITE_LANGUAGES, 'all' as const].map((lang) => {
		const f = lang === 'all' ? report.overall : report.byLanguage[lang];
		return `  ${lang.padEnd(4)} ${String(f.queries).padStart(4)} queries   success@3 ${pct(f.successAt3).padStart(8)}   MRR ${f.mrr.toFixed(3)}`;
	});
	const misses = report.misses.map(
		(m) =>
			`  [${m.query.lang}] "${m.query.q}" → ${m.rank === 0 ? 'no right partner on page 1' : `first right at ${m.rank}`}; top: ${m.top.slice(0, 3).join(', ') || '–'}`
	);
	const errors = report.errors.map((e) => `  [${e.query.lang}] "${e.query.q}": ${e.error}`);
	return [
		'Relevance suite',
		...rows,
		`Missed (${misses.length}):`,
		...misses,
		...(errors.length > 0 ? [`Errors (${errors.length}):`, ...errors] : [])
	].join('\n');
}
