// npm run bench:relevance: the judged queries of tests/relevance against the demo network in a real
// Meilisearch, through the directory's own search code. Prints success@3 and MRR per language.
// `-- --held-out`: the queries kept out of tuning (tests/relevance/held-out.ts) instead.
import { HELD_OUT_QUERIES } from '../tests/relevance/held-out';
import { formatReport, runRelevanceSuite, startDemoRuntime } from '../tests/relevance/suite';

const runtime = await startDemoRuntime();
try {
	const heldOut = process.argv.includes('--held-out');
	const report = await runRelevanceSuite(runtime, heldOut ? HELD_OUT_QUERIES : undefined);
	console.log(formatReport(report));
	if (report.errors.length > 0) process.exitCode = 1;
} finally {
	await runtime.cleanup();
}
