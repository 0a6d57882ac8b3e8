import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';

/**
 * Runs the production server (server.js: the adapter-node build behind compression, `npm run build`
 * first) and waits until /healthz answers, so benchmarks measure the bytes production sends.
 */
export async function startBuiltServer(env: Record<string, string>) {
	if (!fs.existsSync('build/handler.js')) throw new Error('No build found: run `npm run build` first');
	const child: ChildProcess = spawn(process.execPath, ['server.js'], {
		env: { ...process.env, ...env },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const url = `http://localhost:${env.PORT}/healthz`;
	const deadline = Date.now() + 60_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
		if (Date.now() > deadline) throw new Error('server did not answer /healthz within 60 s');
		const ok = await fetch(url).then(
			(r) => r.ok,
			() => false
		);
		if (ok) break;
		await new Promise((r) => setTimeout(r, 200));
	}
	return {
		stop: () =>
			new Promise<void>((resolve) => {
				if (child.exitCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill('SIGTERM');
			})
	};
}
