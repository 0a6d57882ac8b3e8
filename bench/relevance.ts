// npm run bench:relevance: the judged queries of tests/relevance against the demo network in a real
// Meilisearch, through the directory's own search code. Prints success@3 and MRR per language.
import { formatReport, runRelevanceSuite, startDemoRuntime } from '../tests/relevance/suite';

const runtime = await startDemoRuntime();
try {
	const report = await runRelevanceSuite(runtime);
	console.log(formatReport(report));
	if (report.errors.length > 0) process.exitCode = 1;
} finally {
	await runtime.cleanup();
}
