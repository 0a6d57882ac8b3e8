import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** What the built app is made from: a change to any of these makes build/ stale. */
const INPUTS = ['src', 'search', 'migrations', 'static', 'svelte.config.js', 'vite.config.ts', 'package.json'];

/** Runs `vite build` when build/ is missing or older than its sources; returns whether it built. */
export async function buildIfStale(root: string): Promise<boolean> {
	const output = path.join(root, 'build', 'index.js');
	const builtAt = fs.existsSync(output) ? fs.statSync(output).mtimeMs : null;
	const changedAt = Math.max(...INPUTS.map((input) => newestMtime(path.join(root, input))));
	if (builtAt !== null && builtAt >= changedAt) return false;

	console.log(
		builtAt === null
			? 'Baue die Anwendung (build/ fehlt)…'
			: 'Baue die Anwendung neu (Quellen sind neuer als build/)…'
	);
	await run(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], root);
	return true;
}

function newestMtime(file: string): number {
	if (!fs.existsSync(file)) return 0;
	const stat = fs.statSync(file);
	if (!stat.isDirectory()) return stat.mtimeMs;
	const entries = fs.readdirSync(file).map((name) => newestMtime(path.join(file, name)));
	return Math.max(stat.mtimeMs, ...entries);
}

function run(command: string, args: string[], cwd: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { cwd, stdio: 'inherit' });
		child.once('error', reject);
		child.once('exit', (code, signal) => {
			if (code === 0) resolve();
			else reject(new Error(`vite build failed (code ${code}, signal ${signal})`));
		});
	});
}
