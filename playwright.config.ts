import fs from 'node:fs';
import { defineConfig } from '@playwright/test';
import { E2E_ORIGIN, E2E_STACKS, E2E_WORKERS, type Stack } from './tests/e2e/environment';

// Debian's chromium-headless-shell (the old headless mode as a browser of its own: the same Blink without
// the desktop browser around it) takes less CPU per page than the full chromium in headless mode; used when
// installed, else the full chromium. CHROMIUM_PATH overrides both. The shell hints fonts unless told not to:
// whole-pixel glyph advances set a line of text up to 5 % wider than the full chromium (and a phone) does,
// so --font-render-hinting=none below, with which both lay text out alike.
// --js-flags=--max-opt=1: V8 runs the pages' scripts (and axe-core's) with its interpreter and baseline
// compiler only. A test page lives for seconds; optimizing compilers spend CPU on background threads for
// code that is thrown away with the page: axe on the 40 German public pages took 17.4–18.1 CPU s in the
// browser with it against 24.8–30.0 s without (2026-12-05, three runs each, a page kept open).
const HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell';
const CHROMIUM = process.env.CHROMIUM_PATH || (fs.existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : '/usr/bin/chromium');

// Specs that only read public pages: their tests run in any order, two at a time.
const PUBLIC_SPECS = /\/(accessibility|mobile|page-weight)\.spec\.ts$/;

// The end-to-end run serves the built app exactly as `npm run demo` does, on throwaway data folders: one
// stack (demo server, data folder, SMTP sink) per worker, see tests/e2e/environment.ts.
export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	// Two by default (E2E_WORKERS), each on a stack of its own; E2E_WORKERS=1 runs everything one after the other.
	workers: E2E_WORKERS,
	retries: 0,
	reporter: process.env.CI ? 'list' : 'line',
	timeout: 30_000,
	use: {
		// Each worker process loads this file again, with its own TEST_PARALLEL_INDEX: its own stack.
		baseURL: E2E_ORIGIN,
		locale: 'de-DE',
		timezoneId: 'Europe/Berlin',
		launchOptions: {
			executablePath: CHROMIUM,
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--font-render-hinting=none',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				'--js-flags=--max-opt=1'
			]
		}
	},
	projects: [
		// Both wait for every stack: the search index caught up, one login per shared account on each.
		{ name: 'index-ready', testMatch: /index-ready\.setup\.ts/ },
		// One login per shared demo account; the specs reuse the saved sessions (tests/e2e/login.ts).
		{ name: 'sessions', testMatch: /sessions\.setup\.ts/ },
		// Listed first, so the workers take its tests first (Playwright hands out the first test a worker
		// may run); the journeys start as its last tests end.
		{ name: 'public', testMatch: PUBLIC_SPECS, fullyParallel: true, dependencies: ['index-ready'] },
		// The journeys change the data and read what they changed: a file runs whole on one worker, in
		// order, against that worker's stack, which no other worker's journeys change.
		{ name: 'chromium', testIgnore: PUBLIC_SPECS, dependencies: ['index-ready', 'sessions'] }
	],
	// Started one after the other: the first demo server builds the app when stale, the others find it built.
	webServer: [...E2E_STACKS.map(smtpSink), ...E2E_STACKS.map(demoServer)]
});

/** A real SMTP server: mails leave the portal over SMTP and the specs read them from the stack's mail folder. */
function smtpSink(stack: Stack) {
	return {
		command: 'npx tsx tests/e2e/smtp-sink.ts',
		port: stack.smtpPort,
		timeout: 30_000,
		reuseExistingServer: false,
		env: { SMTP_SINK_PORT: String(stack.smtpPort), SMTP_SINK_DIR: stack.mailDir }
	};
}

function demoServer(stack: Stack) {
	return {
		command: `rm -rf '${stack.dataDir}' && npm run demo`,
		url: `${stack.origin}/healthz`,
		timeout: 300_000,
		reuseExistingServer: false,
		stdout: 'pipe' as const,
		env: {
			PORT: String(stack.port),
			ORIGIN: stack.origin,
			DATA_DIR: stack.dataDir,
			MEILI_PORT: '0',
			SMTP_URL: `smtp://127.0.0.1:${stack.smtpPort}`,
			// Longer than any pause between a test's requests on one kept-alive connection (Node's own 5 s
			// let a request meet a closing socket: ECONNRESET), shorter than headers' 60 s timeout.
			KEEP_ALIVE_TIMEOUT: '30'
		}
	};
}
