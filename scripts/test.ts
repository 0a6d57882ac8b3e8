import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './build-if-stale';
import { errorText } from '../src/lib/error-text';

// npm test: lint and svelte-check side by side (each uses one core), then the app's build, then vitest
// and Playwright side by side. Playwright's workers wait on the browser, the server and Meilisearch in
// turn and leave much of the two cores idle; vitest fills it. They are safe together: both use the build
// made before them (vitest's demo-restart test and the demo servers build only when it is stale, and
// vitest's rewrite of Paraglide's output does not make it so: scripts/build-if-stale.ts), ports of their
// own (vitest's Meilisearch processes take free ones) and temp folders of their own.
// ESLint and Prettier skip the generated folders (src/lib/paraglide, .svelte-kit) that svelte-check's
// `prepare` rewrites; `vite build` stays out of that step, as its Paraglide plugin may rewrite them too.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STEPS: string[][] = [['lint', 'check'], ['build'], ['test:e2e', 'vitest']];
const COMMANDS: Record<string, string[]> = {
	lint: ['npm', 'run', 'lint'],
	check: ['npm', 'run', 'check'],
	vitest: ['npx', 'vitest', 'run'],
	'test:e2e': ['npm', 'run', 'test:e2e']
};

for (const step of STEPS) {
	const results = await Promise.all(step.map((name, index) => (name === 'build' ? build() : run(name, index > 0))));
	if (results.some((ok) => !ok)) process.exit(1);
}

/**
 * Runs one check; the first of a step writes to the terminal as it goes, the output of the others beside
 * it is held back and printed whole when each ends, so that the lines of two checks never mix. Resolves
 * with success.
 */
function run(name: string, held: boolean): Promise<boolean> {
	const [command, ...args] = COMMANDS[name];
	const started = Date.now();
	if (held) console.log(`▶ ${name} (beside others; its output follows when it ends)`);
	const child = spawn(command, args, { stdio: held ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
	const output: Buffer[] = [];
	child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
	child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
	return new Promise((resolve) => {
		child.once('error', (error) => {
			console.error(`✖ ${name}: ${error.message}`);
			resolve(false);
		});
		child.once('close', (code, signal) => {
			if (held) process.stdout.write(`\n── ${name} ──\n${Buffer.concat(output).toString()}`);
			resolve(report(name, started, code === 0 ? null : `${signal ?? `code ${code}`}`));
		});
	});
}

/** The app as the end-to-end stacks and vitest's demo-restart test serve it, built once before both. */
async function build(): Promise<boolean> {
	const started = Date.now();
	try {
		if (!(await buildIfStale(root))) console.log('build/ ist aktuell.');
		return report('build', started, null);
	} catch (error) {
		return report('build', started, errorText(error));
	}
}

function report(name: string, started: number, failure: string | null): boolean {
	const seconds = ((Date.now() - started) / 1000).toFixed(0);
	console.log(
		`${failure === null ? '✔' : '✖'} ${name} ${failure === null ? 'passed' : `failed (${failure})`} in ${seconds} s`
	);
	return failure === null;
}
