import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT || 4173);
const dataDir = path.join(os.tmpdir(), `kpr-e2e-${port}`);

// The end-to-end run serves the built app exactly as `npm run demo` does, on a throwaway data folder.
export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	reporter: process.env.CI ? 'list' : 'line',
	timeout: 30_000,
	use: {
		baseURL: `http://localhost:${port}`,
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
		{ name: 'chromium', dependencies: ['index-ready'] }
	],
	webServer: {
		command: `rm -rf '${dataDir}' && npm run demo`,
		url: `http://localhost:${port}/healthz`,
		timeout: 300_000,
		reuseExistingServer: false,
		stdout: 'pipe',
		env: {
			PORT: String(port),
			ORIGIN: `http://localhost:${port}`,
			DATA_DIR: dataDir,
			MEILI_PORT: '0'
		}
	}
});
