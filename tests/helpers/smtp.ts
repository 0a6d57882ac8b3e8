import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

// A real SMTP server in the test process: the portal delivers to it over TCP like to any mail server,
// and tests read what arrived (subject, recipients, decoded text with its links).

export interface ReceivedMail {
	/** Envelope sender and recipients, as the SMTP client gave them. */
	from: string;
	to: string[];
	subject: string;
	text: string;
	html: string | undefined;
	raw: string;
}

export interface TestSmtpServer {
	url: string;
	messages: ReceivedMail[];
	waitForMail(predicate?: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
	stop(): Promise<void>;
}

interface Waiter {
	predicate: (mail: ReceivedMail) => boolean;
	resolve: (mail: ReceivedMail) => void;
}

/** Listens on 127.0.0.1, on a free port unless one is given (e.g. for a server started before the tests). */
export async function startTestSmtpServer(options: { port?: number } = {}): Promise<TestSmtpServer> {
	const messages: ReceivedMail[] = [];
	const waiters = new Set<Waiter>();
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (chunk: Buffer) => chunks.push(chunk));
			stream.on('error', callback);
			stream.on('end', () => {
				const envelope = session.envelope;
				const mail = parseMail(Buffer.concat(chunks).toString('utf8'), {
					from: envelope.mailFrom ? envelope.mailFrom.address : '',
					to: envelope.rcptTo.map((recipient) => recipient.address)
				});
				messages.push(mail);
				for (const waiter of waiters) {
					if (waiter.predicate(mail)) {
						waiters.delete(waiter);
						waiter.resolve(mail);
					}
				}
				callback();
			});
		}
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
	});
	const { port } = server.server.address() as AddressInfo;

	return {
		url: `smtp://127.0.0.1:${port}`,
		messages,
		waitForMail(predicate = () => true, timeoutMs = 10_000) {
			const arrived = messages.find(predicate);
			if (arrived) return Promise.resolve(arrived);
			return new Promise((resolve, reject) => {
				const waiter: Waiter = { predicate, resolve: (mail) => (clearTimeout(timer), resolve(mail)) };
				const timer = setTimeout(() => {
					waiters.delete(waiter);
					const seen =
						messages.map((mail) => `„${mail.subject}“ an ${mail.to.join(', ')}`).join('; ') || 'keine';
					reject(new Error(`No matching mail within ${timeoutMs} ms (received: ${seen})`));
				}, timeoutMs);
				waiters.add(waiter);
			});
		},
		stop: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}

/** A minimal MIME reader for what nodemailer writes: headers, encoded words, multipart, QP and base64. */
export function parseMail(raw: string, envelope?: { from: string; to: string[] }): ReceivedMail {
	const { headers, body } = splitEntity(raw);
	const parts = leafParts(headers, body);
	const text = parts.find((part) => part.type === 'text/plain')?.content ?? '';
	const html = parts.find((part) => part.type === 'text/html')?.content;
	return {
		from: envelope?.from ?? decodeWords(headers.get('from') ?? ''),
		to: envelope?.to ?? decodeWords(headers.get('to') ?? '').split(/,\s*/),
		subject: decodeWords(headers.get('subject') ?? ''),
		text,
		html,
		raw
	};
}

function splitEntity(entity: string): { headers: Map<string, string>; body: string } {
	const normalized = entity.replace(/\r\n/g, '\n');
	const end = normalized.indexOf('\n\n');
	const head = end === -1 ? normalized : normalized.slice(0, end);
	const headers = new Map<string, string>();
	for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
		const colon = line.indexOf(':');
		if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
	}
	return { headers, body: end === -1 ? '' : normalized.slice(end + 2) };
}

function leafParts(headers: Map<string, string>, body: string): { type: string; content: string }[] {
	const contentType = headers.get('content-type') ?? 'text/plain';
	const type = contentType.split(';')[0].trim().toLowerCase();
	if (type.startsWith('multipart/')) {
		const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
		if (!boundary) throw new Error(`multipart without boundary: ${contentType}`);
		return body
			.split(`--${boundary}`)
			.slice(1, -1)
			.flatMap((part) => {
				const entity = splitEntity(part.replace(/^\n/, ''));
				return leafParts(entity.headers, entity.body);
			});
	}
	return [{ type, content: decodeBody(body, headers.get('content-transfer-encoding') ?? '7bit') }];
}

function decodeBody(body: string, encoding: string): string {
	switch (encoding.toLowerCase()) {
		case 'base64':
			return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
		case 'quoted-printable':
			return decodeQuotedPrintable(body.replace(/=\n/g, ''));
		default:
			return body;
	}
}

function decodeQuotedPrintable(text: string): string {
	return Buffer.from(qpBytes(text), 'latin1').toString('utf8');
}

/** Decoded bytes as a latin1 string, so that a character split over two pieces joins up again. */
function qpBytes(text: string): string {
	return text.replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?= / =?UTF-8?B?…?=); the space between two of them is not text. */
function decodeWords(value: string): string {
	const bytes = value
		.replace(/(\?=)\s+(=\?)/g, '$1$2')
		.replace(/=\?[^?]+\?([QB])\?([^?]*)\?=/gi, (_, kind: string, data: string) =>
			kind.toUpperCase() === 'B'
				? Buffer.from(data, 'base64').toString('latin1')
				: qpBytes(data.replace(/_/g, ' '))
		);
	return Buffer.from(bytes, 'latin1').toString('utf8');
}
