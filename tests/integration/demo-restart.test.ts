import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../search/meili-process';
import { makeTempDir } from '../helpers/test-env';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The pids of the Meilisearch processes whose database lies in this data folder. */
function meilisearchesIn(dataDir: string): number[] {
	return psLines()
		.filter((line) => line.args.includes('meilisearch') && line.args.includes(dataDir) && line.stat[0] !== 'Z')
		.map((line) => line.pid);
}

function psLines(): { pid: number; ppid: number; stat: string; args: string }[] {
	return execFileSync('ps', ['-eo', 'pid=,ppid=,stat=,args='], { encoding: 'utf8' })
		.split('\n')
		.filter((line) => line.trim())
		.map((line) => {
			const [pid, ppid, stat, ...args] = line.trim().split(/\s+/);
			return { pid: Number(pid), ppid: Number(ppid), stat, args: args.join(' ') };
		});
}

/** `npm run demo` on its own data folder and port; resolves once it says the portal runs. */
function startDemo(
	dataDir: string,
	port: number
): { child: ChildProcess; ready: Promise<void>; exited: Promise<void> } {
	const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir, MEILI_PORT: '0' };
	for (const name of ['NODE_ENV', 'ORIGIN', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID'])
		delete env[name];
	const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/demo.ts'], { cwd: root, env });
	let output = '';
	const ready = new Promise<void>((resolve, reject) => {
		const read = (chunk: Buffer) => {
			output += chunk.toString();
			if (output.includes('KPR-Portal mit Demodaten läuft')) resolve();
		};
		child.stdout!.on('data', read);
		child.stderr!.on('data', read);
		child.once('exit', (code) => reject(new Error(`npm run demo ended with ${code}:\n${output}`)));
	});
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	return { child, ready, exited };
}

describe('npm run demo after the server was killed', () => {
	const dataDir = makeTempDir('kpr-demo-restart-');
	const demos: ChildProcess[] = [];
	afterAll(async () => {
		for (const demo of demos) if (demo.exitCode === null && demo.signalCode === null) demo.kill('SIGTERM');
		for (const pid of meilisearchesIn(dataDir)) process.kill(pid, 'SIGKILL');
		fs.rmSync(dataDir, { recursive: true, force: true });
	});

	it('leaves exactly one Meilisearch running', async () => {
		const port = await freePort();
		const first = startDemo(dataDir, port);
		demos.push(first.child);
		await first.ready;
		const [before] = meilisearchesIn(dataDir);
		expect(before).toBeGreaterThan(0);

		const server = psLines().find((line) => line.ppid === first.child.pid && line.args.includes('server.js'));
		process.kill(server!.pid, 'SIGKILL');
		await first.exited;

		const second = startDemo(dataDir, port);
		demos.push(second.child);
		await second.ready;
		const after = meilisearchesIn(dataDir);
		expect(after).toHaveLength(1);
		expect(after[0]).not.toBe(before);
		const health = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.json());
		expect(health.meilisearch).toBe('reachable');

		second.child.kill('SIGTERM');
		await second.exited;
		expect(meilisearchesIn(dataDir)).toEqual([]);
	}, 600_000);
});
