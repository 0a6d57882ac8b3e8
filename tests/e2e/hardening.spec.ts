import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { E2E_ORIGIN, E2E_PORT } from './environment';
import { DEMO_ACCOUNTS, signIn } from './login';
import { linkIn, readMailbox, waitForMail } from './mailbox';

test('a login link whose target normalizes to //host stays on the portal', async ({ page }) => {
	await signIn(page, DEMO_ACCOUNTS.schoolEditor);
	for (const weiter of ['/.//evil.example', '/..//evil.example', '/%2e//evil.example', '/./\\evil.example']) {
		const response = await page.request.get(`/anmelden?${new URLSearchParams({ weiter })}`, { maxRedirects: 0 });
		expect(response.status(), weiter).toBe(303);
		expect(response.headers().location, weiter).toBe('/intern');
	}
});

test('a 2 MB post to the login form is refused at once with 413, before the form is read', async ({ request }) => {
	const started = Date.now();
	const response = await request.post('/anmelden', {
		headers: { origin: E2E_ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
		data: Buffer.alloc(2 * 1024 * 1024, 'a')
	});
	expect(response.status()).toBe(413);
	expect(Date.now() - started).toBeLessThan(2_000);
});

test('a reset link is built from ORIGIN even when the request names another host', async () => {
	const seen = await readMailbox();
	const body = new URLSearchParams({ email: DEMO_ACCOUNTS.associationAdmin.email }).toString();
	const status = await new Promise<number>((resolve, reject) => {
		const request = http.request(
			{
				host: '127.0.0.1',
				port: E2E_PORT,
				path: '/passwort-vergessen',
				method: 'POST',
				headers: {
					Host: 'evil.example',
					Origin: E2E_ORIGIN,
					'Content-Type': 'application/x-www-form-urlencoded',
					'Content-Length': Buffer.byteLength(body)
				}
			},
			(response) => {
				response.resume();
				resolve(response.statusCode ?? 0);
			}
		);
		request.once('error', reject);
		request.end(body);
	});
	expect(status).toBeLessThan(400);
	const mail = await waitForMail({
		to: DEMO_ACCOUNTS.associationAdmin.email,
		subject: 'Neues Passwort festlegen',
		seen
	});
	expect(linkIn(mail).startsWith(`${E2E_ORIGIN}/`)).toBe(true);
});

test('pages are declared as UTF-8', async ({ request }) => {
	expect((await request.get('/')).headers()['content-type']).toBe('text/html; charset=utf-8');
});

test('the built server refuses to start in production without an https ORIGIN and says why', async () => {
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kpr-production-'));
	try {
		const { ORIGIN: _origin, ...env } = process.env;
		const server = spawn(process.execPath, ['build'], {
			env: {
				...env,
				NODE_ENV: 'production',
				PORT: '0',
				DATA_DIR: dataDir,
				MEILI_URL: 'http://127.0.0.1:9',
				MEILI_MASTER_KEY: 'x'
			},
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let output = '';
		server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		const code = await new Promise<number | null>((resolve) =>
			server.once('exit', (exitCode) => resolve(exitCode))
		);
		expect(code).not.toBe(0);
		expect(output).toContain('ORIGIN=https://');
	} finally {
		fs.rmSync(dataDir, { recursive: true, force: true });
	}
});
