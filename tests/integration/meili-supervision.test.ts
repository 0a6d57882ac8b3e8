import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledBinaryPath, freePort, startEmbeddedMeili, type EmbeddedMeili } from '../../search/meili-process';
import { eventually } from '../helpers/test-runtime';
import { makeTempDir } from '../helpers/test-env';

/** The pids of every Meilisearch process that serves this data folder. */
function meilisearchesOn(dataDir: string): number[] {
	const out = execFileSync('ps', ['-eo', 'pid=,stat=,args='], { encoding: 'utf8' });
	return out
		.split('\n')
		.filter(
			(line) =>
				line.includes('meilisearch') &&
				line.includes(path.join(dataDir, 'data.ms')) &&
				!/^\s*\d+\s+Z/.test(line)
		)
		.map((line) => Number(line.trim().split(/\s+/)[0]));
}

async function healthy(url: string): Promise<boolean> {
	return fetch(`${url}/health`).then(
		(r) => r.ok,
		() => false
	);
}

describe('the embedded Meilisearch under supervision', () => {
	const dataDir = makeTempDir('kpr-meili-supervised-');
	const running: EmbeddedMeili[] = [];
	afterAll(async () => {
		for (const meili of running) await meili.stop();
		fs.rmSync(dataDir, { recursive: true, force: true });
	});

	it('keeps the master key off the command line', async () => {
		const meili = await startEmbeddedMeili({ dataDir, port: 0 });
		running.push(meili);
		const args = fs.readFileSync(`/proc/${meili.process.pid}/cmdline`, 'utf8');
		expect(args).not.toContain(meili.masterKey);
		expect(fs.readFileSync(path.join(dataDir, 'meilisearch.pid'), 'utf8').trim()).toBe(String(meili.process.pid));
	});

	it('starts Meilisearch again with backoff when it dies', async () => {
		const meili = running[0];
		const first = meili.process.pid;
		process.kill(first!, 'SIGKILL');
		await eventually(
			async () => meili.restarts,
			(n) => n === 1,
			15_000
		);
		expect(meili.process.pid).not.toBe(first);
		expect(await healthy(meili.url)).toBe(true);
		expect(meilisearchesOn(dataDir)).toEqual([meili.process.pid]);
	});

	it('stops the Meilisearch a killed server left behind, so exactly one runs on the data folder', async () => {
		await running.pop()!.stop();
		// An orphan as kill -9 of the server leaves it: started outside any supervisor, named in the pidfile.
		const port = await freePort();
		const orphan = spawn(
			bundledBinaryPath(),
			['--db-path', path.join(dataDir, 'data.ms'), '--http-addr', `127.0.0.1:${port}`, '--no-analytics'],
			{
				stdio: 'ignore',
				env: {
					...process.env,
					MEILI_MASTER_KEY: fs.readFileSync(path.join(dataDir, 'master-key'), 'utf8').trim()
				}
			}
		);
		fs.writeFileSync(path.join(dataDir, 'meilisearch.pid'), `${orphan.pid}\n`);
		await eventually(
			() => healthy(`http://127.0.0.1:${port}`),
			(ok) => ok,
			15_000
		);

		const meili = await startEmbeddedMeili({ dataDir, port });
		running.push(meili);
		await eventually(
			async () => orphan.exitCode !== null || orphan.signalCode !== null,
			(gone) => gone
		);
		expect(meilisearchesOn(dataDir)).toEqual([meili.process.pid]);
		expect(await healthy(meili.url)).toBe(true);
	});
});
