import fs from 'node:fs/promises';
import path from 'node:path';
import { startTestSmtpServer, type ReceivedMail } from '../helpers/smtp';

// A real SMTP server for the end-to-end run (a webServer of playwright.config.ts): the portal sends
// over SMTP as in production, and every mail that arrives is written as JSON for the specs to read.

const port = Number(process.env.SMTP_SINK_PORT);
const dir = process.env.SMTP_SINK_DIR;
if (!Number.isInteger(port) || port <= 0 || !dir) throw new Error('SMTP_SINK_PORT and SMTP_SINK_DIR are required');

await fs.rm(dir, { recursive: true, force: true });
await fs.mkdir(dir, { recursive: true });
const server = await startTestSmtpServer({ port });
console.log(`[smtp-sink] listening on ${server.url}, writing to ${dir}`);

let stored = 0;
const timer = setInterval(() => {
	while (stored < server.messages.length) {
		const index = stored++;
		store(path.join(dir, `${String(index).padStart(5, '0')}.json`), server.messages[index]).catch(
			(error: unknown) => console.error('[smtp-sink] could not store a mail', error)
		);
	}
}, 50);

/** Written under a temporary name first, so that a reader never sees half a file. */
async function store(file: string, { raw, ...readable }: ReceivedMail): Promise<void> {
	await fs.writeFile(`${file}.tmp`, JSON.stringify({ ...readable, size: raw.length }));
	await fs.rename(`${file}.tmp`, file);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.once(signal, () => {
		clearInterval(timer);
		server.stop().then(() => process.exit(0));
	});
}
