// npm run bench:relevance: the judged queries of tests/relevance against the demo network in a real
// Meilisearch, through the directory's own search code. Prints success@3 and MRR per language.
// `-- --held-out` / `-- --held-out-2` / … / `-- --held-out-12`: one of the sets kept out of tuning
// (tests/relevance/held-out*.json) instead; `-- --all`: the judged suite and every one of those sets that
// has been run before (not UNRUN_SET_NAMES), one demo network for all.
import { HELD_OUT_SETS, JUDGED_QUERIES, UNRUN_SET_NAMES, type JudgedQuery } from '../tests/relevance/sets';
import { formatReport, runRelevanceSuite, startDemoRuntime } from '../tests/relevance/suite';

const heldOut = Object.entries(HELD_OUT_SETS).map(([name, queries]): [string, JudgedQuery[]] => [`--${name}`, queries]);
const all = process.argv.includes('--all');
const chosen = heldOut.find(([flag]) => process.argv.includes(flag));
const runs: [string, JudgedQuery[]][] = all
	? [['judged', JUDGED_QUERIES], ...heldOut.filter(([flag]) => !UNRUN_SET_NAMES.includes(flag.slice(2)))]
	: [[chosen?.[0] ?? 'judged', chosen?.[1] ?? JUDGED_QUERIES]];
if (all && UNRUN_SET_NAMES.length > 0) console.log(`not run yet, left out: ${UNRUN_SET_NAMES.join(', ')}`);
const runtime = await startDemoRuntime();
try {
	for (const [name, queries] of runs) {
		const report = await runRelevanceSuite(runtime, queries);
		console.log(all ? `== ${name}\n${formatReport(report)}` : formatReport(report));
		if (report.errors.length > 0) process.exitCode = 1;
	}
} finally {
	await runtime.cleanup();
}
