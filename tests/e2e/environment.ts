import os from 'node:os';
import path from 'node:path';

// Where the end-to-end run keeps its server, data and mail; shared by playwright.config.ts and the specs
// (which run in other processes, so they derive the same values from E2E_PORT).

export const E2E_PORT = Number(process.env.E2E_PORT || 4173);
export const E2E_ORIGIN = `http://localhost:${E2E_PORT}`;
export const E2E_DATA_DIR = path.join(os.tmpdir(), `kpr-e2e-${E2E_PORT}`);
/** The SMTP sink (tests/e2e/smtp-sink.ts) the portal delivers to during the run. */
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT || E2E_PORT + 20000);
export const E2E_MAIL_DIR = path.join(os.tmpdir(), `kpr-e2e-mail-${E2E_PORT}`);
/** The sessions tests/e2e/sessions.setup.ts saves for the specs (tests/e2e/login.ts). */
export const E2E_SESSIONS_DIR = path.join(os.tmpdir(), `kpr-e2e-sessions-${E2E_PORT}`);
