import fs from 'node:fs/promises';
import path from 'node:path';
import { findLinks } from '../../src/lib/server/mail/links';
import type { ReceivedMail } from '../helpers/smtp';
import { E2E_MAIL_DIR } from './environment';

export type StoredMail = Omit<ReceivedMail, 'raw'> & { file: string };

/** Every mail the SMTP sink has received in this run, oldest first. */
export async function readMailbox(): Promise<StoredMail[]> {
	const files = (await fs.readdir(E2E_MAIL_DIR)).filter((file) => file.endsWith('.json')).sort();
	return Promise.all(
		files.map(async (file) => ({ ...JSON.parse(await fs.readFile(path.join(E2E_MAIL_DIR, file), 'utf8')), file }))
	);
}

/** The first mail to `to` (with a subject containing `subject`) that arrives after `seen` was read. */
export async function waitForMail(
	{ to, subject, seen = [] }: { to: string; subject: string; seen?: StoredMail[] },
	timeoutMs = 10_000
): Promise<StoredMail> {
	const deadline = Date.now() + timeoutMs;
	const old = new Set(seen.map((mail) => mail.file));
	for (;;) {
		const mail = (await readMailbox()).find(
			(m) => !old.has(m.file) && m.to.includes(to) && m.subject.includes(subject)
		);
		if (mail) return mail;
		if (Date.now() > deadline) throw new Error(`No mail „${subject}“ to ${to} within ${timeoutMs} ms`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

/** The only link in a mail's text (the portal's mails carry exactly one). */
export function linkIn(mail: StoredMail): string {
	const links = findLinks(mail.text);
	if (links.length !== 1) throw new Error(`Expected one link in „${mail.subject}“, found ${links.length}`);
	return links[0];
}
