import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestRuntime } from '../helpers/test-runtime';
import {
	formatReport,
	runRelevanceSuite,
	startDemoRuntime,
	SUITE_LANGUAGES,
	type SuiteReport
} from '../relevance/suite';

type Floor = Record<(typeof SUITE_LANGUAGES)[number], { successAt3: number; mrr: number }>;
const floor: Floor = JSON.parse(fs.readFileSync(new URL('../relevance/floor.json', import.meta.url), 'utf8'));

describe('relevance of the citizen search on the demo network', () => {
	let runtime: TestRuntime;
	let report: SuiteReport;

	beforeAll(async () => {
		runtime = await startDemoRuntime();
		report = await runRelevanceSuite(runtime);
	}, 180_000);
	afterAll(async () => {
		await runtime?.cleanup();
	});

	it('answers every judged query without an error', () => {
		expect(report.errors).toEqual([]);
	});

	it.each(SUITE_LANGUAGES)('finds a right partner at least as often as the recorded floor in %s', (lang) => {
		const figures = report.byLanguage[lang];
		const context = formatReport(report);
		expect(figures.successAt3, context).toBeGreaterThanOrEqual(floor[lang].successAt3);
		expect(figures.mrr, context).toBeGreaterThanOrEqual(floor[lang].mrr);
	});
});
