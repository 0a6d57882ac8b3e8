import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/lib/server/config';
import { findLinks } from '../../src/lib/server/mail/links';
import { createMailer } from '../../src/lib/server/mail/mailer';
import { freshnessReminderMail, invitationMail } from '../../src/lib/server/mail/templates';
import { freePort } from '../../search/meili-process';
import { parseMail, startTestSmtpServer, type TestSmtpServer } from '../helpers/smtp';

const mailFrom = 'KPR-Portal <noreply@localhost>';
const link = 'http://localhost:3000/intern/organisation/grundschule-hoernitz';
const reminder = freshnessReminderMail({ organizationName: 'Grundschule Hörnitz', confirmedAt: null, link });

describe('mail over SMTP', () => {
	let smtp: TestSmtpServer;
	let mailDir: string;

	beforeAll(async () => {
		smtp = await startTestSmtpServer();
		mailDir = await mkdtemp(path.join(os.tmpdir(), 'kpr-mail-unused-'));
	});
	afterAll(async () => {
		await smtp?.stop();
		if (mailDir) await rm(mailDir, { recursive: true, force: true });
	});

	it('arrives with its subject, recipient, umlauts and a link that can be followed', async () => {
		const mailer = createMailer({ smtpUrl: smtp.url, mailFrom, mailDir });
		await mailer.send({ to: 'schulleitung@hoernitz.example', ...reminder });

		const mail = await smtp.waitForMail((m) => m.to.includes('schulleitung@hoernitz.example'));
		expect(mail.subject).toBe('Bitte prüfen Sie Ihren Eintrag: Grundschule Hörnitz');
		expect(mail.from).toBe('noreply@localhost');
		expect(mail.raw).toMatch(/^From: "KPR-Portal" <noreply@localhost>\r?$/m);
		expect(mail.text).toContain('Mit freundlichen Grüßen\nKommunaler Präventionsrat Zittau');
		expect(findLinks(mail.text)).toEqual([link]);
		expect(mail.html).toContain(`<a href="${link}">`);
		expect(await readdir(mailDir)).toEqual([]);
	});

	it('keeps every mail apart when several are sent one after another', async () => {
		const mailer = createMailer({ smtpUrl: smtp.url, mailFrom, mailDir });
		const expiresAt = new Date('2026-12-01T13:30:00Z');
		for (const name of ['Jugendamt', 'Polizeirevier']) {
			const content = invitationMail({
				organizationName: name,
				inviterName: 'Koordinierungsstelle',
				link: `${link}/${name}`,
				expiresAt
			});
			await mailer.send({ to: `${name.toLowerCase()}@zittau.example`, ...content });
		}
		const police = await smtp.waitForMail((m) => m.to.includes('polizeirevier@zittau.example'));
		expect(findLinks(police.text)).toEqual([`${link}/Polizeirevier`]);
	});
});

describe('mail without an SMTP server', () => {
	let mailDir: string;

	beforeAll(async () => {
		mailDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'kpr-mail-')), 'mail');
	});
	afterAll(async () => {
		if (mailDir) await rm(path.dirname(mailDir), { recursive: true, force: true });
	});

	it('is written as an .eml file and its link is logged, so the demo works offline', async () => {
		const lines: string[] = [];
		const mailer = createMailer({ smtpUrl: undefined, mailFrom, mailDir }, { log: (line) => lines.push(line) });
		await mailer.send({ to: 'schulleitung@hoernitz.example', ...reminder });

		const files = await readdir(mailDir);
		expect(files).toHaveLength(1);
		expect(files[0]).toMatch(/\.eml$/);
		const mail = parseMail(await readFile(path.join(mailDir, files[0]), 'utf8'));
		expect(mail.subject).toBe(reminder.subject);
		expect(mail.to).toEqual(['schulleitung@hoernitz.example']);
		expect(findLinks(mail.text)).toEqual([link]);

		expect(lines).toHaveLength(1);
		expect(lines[0]).toContain('schulleitung@hoernitz.example');
		expect(lines[0]).toContain(reminder.subject);
		expect(lines[0]).toContain(link);
	});
});

describe('mail to an SMTP server that does not answer', () => {
	it('is rejected when nothing listens on the port', async () => {
		const port = await freePort();
		const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${port}`, mailFrom, mailDir: os.tmpdir() });
		await expect(mailer.send({ to: 'a@zittau.example', ...reminder })).rejects.toThrow();
	});

	it('is rejected after the timeout instead of hanging when the server never greets', async () => {
		const sockets = new Set<net.Socket>();
		const silent = net.createServer((socket) => sockets.add(socket));
		await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
		const { port } = silent.address() as net.AddressInfo;
		try {
			const mailer = createMailer(
				{ smtpUrl: `smtp://127.0.0.1:${port}`, mailFrom, mailDir: os.tmpdir() },
				{ timeoutMs: 300 }
			);
			await expect(mailer.send({ to: 'a@zittau.example', ...reminder })).rejects.toThrow(/greeting|timeout/i);
		} finally {
			for (const socket of sockets) socket.destroy();
			await new Promise<void>((resolve) => silent.close(() => resolve()));
		}
	});
});

describe('mail configuration', () => {
	it('keeps mails under the data folder and sends from the portal unless configured otherwise', () => {
		const config = readConfig({ DATA_DIR: '/srv/kpr' });
		expect(config.smtpUrl).toBeUndefined();
		expect(config.mailDir).toBe('/srv/kpr/mail');
		expect(config.mailFrom).toBe(mailFrom);
		expect(config.siteName).toBe('Kommunaler Präventionsrat Zittau');
	});

	it('refuses an SMTP_URL that is not smtp:// or smtps://', () => {
		expect(() => readConfig({ SMTP_URL: 'http://mail.example' })).toThrow(/SMTP_URL/);
		expect(readConfig({ SMTP_URL: 'smtps://user:pass@mail.example:465' }).smtpUrl).toBe(
			'smtps://user:pass@mail.example:465'
		);
	});

	it('builds mail links from the configured origin, never from the Host header a request brought', () => {
		expect(readConfig({}).origin).toBe('http://localhost:3000');
		expect(readConfig({ PORT: '4350' }).origin).toBe('http://localhost:4350');
		expect(readConfig({ ORIGIN: 'https://kpr.example.org/' }).origin).toBe('https://kpr.example.org');
		expect(() => readConfig({ ORIGIN: 'https://kpr.example.org/pfad' })).toThrow(/ORIGIN/);
	});

	it('refuses to start in production without an https ORIGIN, saying what to set', () => {
		expect(() => readConfig({ NODE_ENV: 'production' })).toThrow(/ORIGIN=https:\/\//);
		expect(() => readConfig({ NODE_ENV: 'production', ORIGIN: 'http://kpr.example.org' })).toThrow(/https/);
		expect(readConfig({ NODE_ENV: 'production', ORIGIN: 'https://kpr.example.org' })).toMatchObject({
			origin: 'https://kpr.example.org',
			production: true
		});
	});
});
