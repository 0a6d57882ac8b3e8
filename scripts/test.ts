import { spawn } from 'node:child_process';

// npm test: the checks one after the other as `a && b && c` would run them, except that lint and
// svelte-check, each on one core, run side by side. They are safe together: ESLint and Prettier skip
// the generated folders (src/lib/paraglide, .svelte-kit) that svelte-check's `prepare` rewrites. Not
// so vitest or `vite build`: their Paraglide plugin empties and rewrites src/lib/paraglide.

const STEPS: string[][] = [['lint', 'check'], ['vitest'], ['test:e2e']];
const COMMANDS: Record<string, string[]> = {
	lint: ['npm', 'run', 'lint'],
	check: ['npm', 'run', 'check'],
	vitest: ['npx', 'vitest', 'run'],
	'test:e2e': ['npm', 'run', 'test:e2e']
};

for (const step of STEPS) {
	const results = await Promise.all(step.map((name) => run(name, step.length > 1)));
	if (results.some((ok) => !ok)) process.exit(1);
}

/**
 * Runs one check; alone it writes to the terminal as it goes, beside others its output is held back
 * and printed whole when it ends, so that the lines of two checks never mix. Resolves with success.
 */
function run(name: string, beside: boolean): Promise<boolean> {
	const [command, ...args] = COMMANDS[name];
	const started = Date.now();
	if (beside) console.log(`▶ ${name} (beside others; its output follows when it ends)`);
	const child = spawn(command, args, { stdio: beside ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
	const output: Buffer[] = [];
	child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
	child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
	return new Promise((resolve) => {
		child.once('error', (error) => {
			console.error(`✖ ${name}: ${error.message}`);
			resolve(false);
		});
		child.once('close', (code, signal) => {
			const seconds = ((Date.now() - started) / 1000).toFixed(0);
			if (beside) process.stdout.write(`\n── ${name} ──\n${Buffer.concat(output).toString()}`);
			const ok = code === 0;
			console.log(
				`${ok ? '✔' : '✖'} ${name} ${ok ? 'passed' : `failed (${signal ?? `code ${code}`})`} in ${seconds} s`
			);
			resolve(ok);
		});
	});
}
