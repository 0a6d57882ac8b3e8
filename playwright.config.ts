import { defineConfig } from '@playwright/test';
import { E2E_DATA_DIR, E2E_MAIL_DIR, E2E_ORIGIN, E2E_PORT, E2E_SMTP_PORT } from './tests/e2e/environment';

// Specs that only read public pages: their tests run in any order, two at a time.
const PUBLIC_SPECS = /\/(accessibility|mobile|page-weight)\.spec\.ts$/;

// The end-to-end run serves the built app exactly as `npm run demo` does, on a throwaway data folder.
export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	// Two for the public pages; the specs that change data keep to one (project `chromium`).
	// E2E_WORKERS=1 runs everything one after the other.
	workers: Number(process.env.E2E_WORKERS || 2),
	retries: 0,
	reporter: process.env.CI ? 'list' : 'line',
	timeout: 30_000,
	use: {
		baseURL: E2E_ORIGIN,
		locale: 'de-DE',
		timezoneId: 'Europe/Berlin',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
	},
	projects: [
		{ name: 'index-ready', testMatch: /index-ready\.setup\.ts/ },
		// One login per shared demo account; the specs reuse the saved sessions (tests/e2e/login.ts).
		{ name: 'sessions', testMatch: /sessions\.setup\.ts/ },
		// Listed first, so the workers take its tests first (Playwright hands out the first test a worker
		// may run); the journeys start as its last tests end. Listed after `chromium`, its tests would run
		// beside the journeys on the worker `chromium` leaves free: not measured yet.
		{ name: 'public', testMatch: PUBLIC_SPECS, fullyParallel: true, dependencies: ['index-ready'] },
		// The journeys change the data and read what they changed: one file at a time, in order.
		{ name: 'chromium', testIgnore: PUBLIC_SPECS, workers: 1, dependencies: ['index-ready', 'sessions'] }
	],
	webServer: [
		{
			// A real SMTP server: mails leave the portal over SMTP and the specs read them from E2E_MAIL_DIR.
			command: 'npx tsx tests/e2e/smtp-sink.ts',
			port: E2E_SMTP_PORT,
			timeout: 30_000,
			reuseExistingServer: false,
			env: { SMTP_SINK_PORT: String(E2E_SMTP_PORT), SMTP_SINK_DIR: E2E_MAIL_DIR }
		},
		{
			command: `rm -rf '${E2E_DATA_DIR}' && npm run demo`,
			url: `${E2E_ORIGIN}/healthz`,
			timeout: 300_000,
			reuseExistingServer: false,
			stdout: 'pipe',
			env: {
				PORT: String(E2E_PORT),
				ORIGIN: E2E_ORIGIN,
				DATA_DIR: E2E_DATA_DIR,
				MEILI_PORT: '0',
				SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`
			}
		}
	]
});
