// npm run bench:relevance: the judged queries of tests/relevance against the demo network in a real
// Meilisearch, through the directory's own search code. Prints success@3 and MRR per language.
// `-- --held-out` / `-- --held-out-2` / `-- --held-out-3` / `-- --held-out-4` / `-- --held-out-5` /
// `-- --held-out-6` / `-- --held-out-7` / `-- --held-out-8` / `-- --held-out-9` / `-- --held-out-10` /
// `-- --held-out-11`: one of the sets kept out of tuning (tests/relevance/held-out*.ts) instead; `-- --all`:
// the judged suite and every one of those sets, one demo network for all.
import { HELD_OUT_QUERIES } from '../tests/relevance/held-out';
import { HELD_OUT_2_QUERIES } from '../tests/relevance/held-out-2';
import { HELD_OUT_3_QUERIES } from '../tests/relevance/held-out-3';
import { HELD_OUT_4_QUERIES } from '../tests/relevance/held-out-4';
import { HELD_OUT_5_QUERIES } from '../tests/relevance/held-out-5';
import { HELD_OUT_6_QUERIES } from '../tests/relevance/held-out-6';
import { HELD_OUT_7_QUERIES } from '../tests/relevance/held-out-7';
import { HELD_OUT_8_QUERIES } from '../tests/relevance/held-out-8';
import { HELD_OUT_9_QUERIES } from '../tests/relevance/held-out-9';
import { HELD_OUT_10_QUERIES } from '../tests/relevance/held-out-10';
import { HELD_OUT_11_QUERIES } from '../tests/relevance/held-out-11';
import { JUDGED_QUERIES } from '../tests/relevance/queries';
import { formatReport, runRelevanceSuite, startDemoRuntime } from '../tests/relevance/suite';

const HELD_OUT_SETS = {
	'--held-out': HELD_OUT_QUERIES,
	'--held-out-2': HELD_OUT_2_QUERIES,
	'--held-out-3': HELD_OUT_3_QUERIES,
	'--held-out-4': HELD_OUT_4_QUERIES,
	'--held-out-5': HELD_OUT_5_QUERIES,
	'--held-out-6': HELD_OUT_6_QUERIES,
	'--held-out-7': HELD_OUT_7_QUERIES,
	'--held-out-8': HELD_OUT_8_QUERIES,
	'--held-out-9': HELD_OUT_9_QUERIES,
	'--held-out-10': HELD_OUT_10_QUERIES,
	'--held-out-11': HELD_OUT_11_QUERIES
};
const all = process.argv.includes('--all');
const chosen = Object.entries(HELD_OUT_SETS).find(([flag]) => process.argv.includes(flag));
const runs: [string, typeof JUDGED_QUERIES][] = all
	? [['judged', JUDGED_QUERIES], ...Object.entries(HELD_OUT_SETS)]
	: [[chosen?.[0] ?? 'judged', chosen?.[1] ?? JUDGED_QUERIES]];
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
