import os from 'node:os';
import path from 'node:path';

// Where the end-to-end run keeps its servers, data and mail; shared by playwright.config.ts and the specs
// (which run in other processes, so they derive the same values from E2E_PORT and E2E_WORKERS).
//
// The run starts one stack per worker: a demo server with its own data folder (database, Meilisearch),
// its own SMTP sink and mail folder, and its own saved sessions. Stack n serves on E2E_PORT + n. A worker
// uses the stack of its parallel index (Playwright sets TEST_PARALLEL_INDEX in every worker process), so
// the journeys of two workers never see each other's changes; outside a worker it is stack 0.

const BASE_PORT = Number(process.env.E2E_PORT || 4173);
const BASE_SMTP_PORT = Number(process.env.E2E_SMTP_PORT || BASE_PORT + 20000);

/** One demo server with everything it writes to. */
export interface Stack {
	port: number;
	origin: string;
	dataDir: string;
	/** The SMTP sink (tests/e2e/smtp-sink.ts) the portal delivers to during the run. */
	smtpPort: number;
	mailDir: string;
	/** The sessions tests/e2e/sessions.setup.ts saves for the specs (tests/e2e/login.ts). */
	sessionsDir: string;
}

function stack(index: number): Stack {
	const port = BASE_PORT + index;
	return {
		port,
		origin: `http://localhost:${port}`,
		dataDir: path.join(os.tmpdir(), `kpr-e2e-${port}`),
		smtpPort: BASE_SMTP_PORT + index,
		mailDir: path.join(os.tmpdir(), `kpr-e2e-mail-${port}`),
		sessionsDir: path.join(os.tmpdir(), `kpr-e2e-sessions-${port}`)
	};
}

/** Playwright's workers, one stack each. E2E_WORKERS=1 runs everything one after the other on one stack. */
export const E2E_WORKERS = Number(process.env.E2E_WORKERS || 2);
export const E2E_STACKS: readonly Stack[] = Array.from({ length: E2E_WORKERS }, (_, index) => stack(index));

const own = stack(Number(process.env.TEST_PARALLEL_INDEX || 0));
export const E2E_PORT = own.port;
export const E2E_ORIGIN = own.origin;
export const E2E_DATA_DIR = own.dataDir;
export const E2E_MAIL_DIR = own.mailDir;
export const E2E_SESSIONS_DIR = own.sessionsDir;
