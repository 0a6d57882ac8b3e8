import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { readConfig, type Config } from '../config';
import { findLinks } from './links';

export interface MailMessage {
	to: string;
	subject: string;
	text: string;
	html?: string;
	/** Where the recipient's "Antworten" goes, e.g. the citizen who wrote through /kontakt. */
	replyTo?: string;
}

export interface Mailer {
	/** Rejects when the SMTP server refuses or cannot be reached; callers decide whether to retry. */
	send(message: MailMessage): Promise<void>;
}

export interface MailerOptions {
	/** Upper bound for connecting, the greeting and each silence on the socket. */
	timeoutMs?: number;
	/** Receives the line written for each mail kept as a file. */
	log?: (line: string) => void;
}

type MailConfig = Pick<Config, 'smtpUrl' | 'mailFrom' | 'mailDir'>;

const DEFAULT_TIMEOUT_MS = 15_000;

/** Sends over SMTP_URL; without it, writes each mail as an .eml file so the demo works offline. */
export function createMailer(config: MailConfig, options: MailerOptions = {}): Mailer {
	return config.smtpUrl ? createSmtpMailer(config, config.smtpUrl, options) : createFileMailer(config, options);
}

let shared: Mailer | undefined;

/** The process-wide mailer (one SMTP transport), configured from the environment. */
export function getMailer(): Mailer {
	shared ??= createMailer(readConfig());
	return shared;
}

function createSmtpMailer(config: MailConfig, url: string, options: MailerOptions): Mailer {
	const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
	// Query parameters of SMTP_URL (e.g. ?requireTLS=true) override these defaults.
	const transport = nodemailer.createTransport({
		url,
		connectionTimeout: timeout,
		greetingTimeout: timeout,
		socketTimeout: timeout
	});
	return {
		async send(message) {
			await transport.sendMail({ from: config.mailFrom, ...message });
		}
	};
}

function createFileMailer(config: MailConfig, options: MailerOptions): Mailer {
	const composer = nodemailer.createTransport({ streamTransport: true, buffer: true });
	const log = options.log ?? ((line: string) => console.info(line));
	return {
		async send(message) {
			const { message: raw } = await composer.sendMail({ from: config.mailFrom, ...message });
			if (!Buffer.isBuffer(raw)) throw new Error('streamTransport did not return a buffer');
			await mkdir(config.mailDir, { recursive: true });
			const file = path.join(config.mailDir, emlFileName(new Date()));
			await writeFile(file, raw, { flag: 'wx' });
			const links = findLinks(message.text);
			log(
				`[mail] an ${message.to}: „${message.subject}“ → ${file}${links.length ? ` Links: ${links.join(' ')}` : ''}`
			);
		}
	};
}

/** Sortable by time, unique even for mails written in the same millisecond. */
function emlFileName(now: Date): string {
	return `${now.toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`;
}
