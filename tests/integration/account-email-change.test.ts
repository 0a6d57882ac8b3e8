import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	confirmEmailChange,
	findPendingEmailChange,
	requestEmailChange
} from '../../src/lib/server/accounts/email-change';
import { createUser, getUserByEmail } from '../../src/lib/server/auth/users';
import { findLinks } from '../../src/lib/server/mail/links';
import { createMailer, type Mailer } from '../../src/lib/server/mail/mailer';
import { startTestSmtpServer, type TestSmtpServer } from '../helpers/smtp';
import { createTestDatabase, type TestDatabase } from '../helpers/test-env';

const origin = 'http://localhost:5173';

describe('changing the email address of an account', () => {
	let t: TestDatabase;
	let smtp: TestSmtpServer;
	let mailDir: string;
	let mailer: Mailer;
	let sequence = 0;

	beforeAll(async () => {
		t = await createTestDatabase();
		smtp = await startTestSmtpServer();
		mailDir = await mkdtemp(path.join(os.tmpdir(), 'kpr-mail-unused-'));
		mailer = createMailer({ smtpUrl: smtp.url, mailFrom: 'KPR-Portal <noreply@localhost>', mailDir });
	});
	afterAll(async () => {
		await smtp?.stop();
		if (mailDir) await rm(mailDir, { recursive: true, force: true });
		await t?.cleanup();
	});

	async function newPartner(): Promise<{ id: number; email: string }> {
		sequence += 1;
		const email = `person${sequence}@schule.example`;
		return { id: await createUser(t.db, { email, name: `Person ${sequence}`, role: 'partner' }), email };
	}

	/** Asks for the change and answers the token from the link that arrived at the new address. */
	async function requestAndReadToken(userId: number, newEmail: string): Promise<string> {
		await requestEmailChange(t.db, userId, newEmail, { mailer, origin });
		const mail = await smtp.waitForMail((m) => m.to.includes(newEmail));
		const [link] = findLinks(mail.text);
		expect(link).toMatch(new RegExp(`^${origin}/konto/email/[a-z2-7]+$`));
		return link.split('/').pop()!;
	}

	it('mails a confirmation link to the new address and keeps the old one until it is used', async () => {
		const person = await newPartner();
		const token = await requestAndReadToken(person.id, 'neu1@schule.example');

		expect(smtp.messages.find((m) => m.to.includes('neu1@schule.example'))?.subject).toBe(
			'Bitte bestätigen Sie Ihre neue E-Mail-Adresse'
		);
		expect(await findPendingEmailChange(t.db, token)).toBe('neu1@schule.example');
		expect((await getUserByEmail(t.db, person.email))?.id).toBe(person.id);
	});

	it('switches the login to the new address when the link is confirmed, logs it and tells the old address', async () => {
		const person = await newPartner();
		const token = await requestAndReadToken(person.id, 'neu2@schule.example');

		expect(await confirmEmailChange(t.db, token, { mailer })).toEqual({
			changed: true,
			userId: person.id,
			email: 'neu2@schule.example'
		});
		expect((await getUserByEmail(t.db, 'neu2@schule.example'))?.id).toBe(person.id);
		expect(await getUserByEmail(t.db, person.email)).toBeNull();
		const events = await t.db.selectFrom('auth_events').select(['kind']).where('user_id', '=', person.id).execute();
		expect(events.map((e) => e.kind)).toEqual(['email_changed']);
		const notice = await smtp.waitForMail((m) => m.to.includes(person.email));
		expect(notice.subject).toBe('Die E-Mail-Adresse Ihres Kontos wurde geändert');
		expect(notice.text).toContain('auf neu2@schule.example geändert');
		expect(findLinks(notice.text)).toEqual([]);
	});

	it('accepts a link only once', async () => {
		const person = await newPartner();
		const token = await requestAndReadToken(person.id, 'neu3@schule.example');
		await confirmEmailChange(t.db, token, { mailer });

		expect(await confirmEmailChange(t.db, token, { mailer })).toEqual({ changed: false, reason: 'invalid' });
		expect(await findPendingEmailChange(t.db, token)).toBeNull();
	});

	it('refuses a link after 24 hours', async () => {
		const person = await newPartner();
		const token = await requestAndReadToken(person.id, 'neu4@schule.example');
		const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000 + 1000);

		expect(await confirmEmailChange(t.db, token, { mailer, now: tomorrow })).toEqual({
			changed: false,
			reason: 'invalid'
		});
		expect(await getUserByEmail(t.db, 'neu4@schule.example')).toBeNull();
	});

	it('makes only the newest link work when the person asks twice', async () => {
		const person = await newPartner();
		const first = await requestAndReadToken(person.id, 'neu5a@schule.example');
		const second = await requestAndReadToken(person.id, 'neu5b@schule.example');

		expect(await confirmEmailChange(t.db, first, { mailer })).toEqual({ changed: false, reason: 'invalid' });
		expect(await confirmEmailChange(t.db, second, { mailer })).toMatchObject({
			changed: true,
			email: 'neu5b@schule.example'
		});
	});

	it('sends nothing for an address another account uses, so the form reveals no registration', async () => {
		const person = await newPartner();
		const other = await newPartner();
		const before = smtp.messages.length;

		await requestEmailChange(t.db, person.id, other.email, { mailer, origin });

		expect(smtp.messages.length).toBe(before);
		const tokens = await t.db
			.selectFrom('one_time_tokens')
			.select(['id'])
			.where('user_id', '=', person.id)
			.execute();
		expect(tokens).toEqual([]);
	});

	it('refuses the change when another account took the address after the link was sent', async () => {
		const person = await newPartner();
		const token = await requestAndReadToken(person.id, 'neu7@schule.example');
		await createUser(t.db, { email: 'neu7@schule.example', name: 'Schneller', role: 'partner' });

		expect(await confirmEmailChange(t.db, token, { mailer })).toEqual({ changed: false, reason: 'taken' });
		expect((await getUserByEmail(t.db, person.email))?.id).toBe(person.id);
	});

	it('does not change a disabled account', async () => {
		const person = await newPartner();
		const token = await requestAndReadToken(person.id, 'neu8@schule.example');
		await t.db
			.updateTable('users')
			.set({ disabled_at: new Date().toISOString() })
			.where('id', '=', person.id)
			.execute();

		expect(await confirmEmailChange(t.db, token, { mailer })).toEqual({ changed: false, reason: 'invalid' });
	});
});
