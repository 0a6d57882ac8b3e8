import { describe, expect, it } from 'vitest';
import {
	confirmEmailChange,
	findPendingEmailChange,
	requestEmailChange
} from '../../src/lib/server/accounts/email-change';
import { createUser, getUserByEmail } from '../../src/lib/server/auth/users';
import { findLinks } from '../../src/lib/server/mail/links';
import { useMailTest } from '../helpers/mail-test';

const origin = 'http://localhost:5173';

describe('changing the email address of an account', () => {
	const setup = useMailTest('KPR-Portal <noreply@localhost>');
	let sequence = 0;

	async function newPartner(): Promise<{ id: number; email: string }> {
		sequence += 1;
		const email = `person${sequence}@schule.example`;
		return { id: await createUser(setup.db, { email, name: `Person ${sequence}`, role: 'partner' }), email };
	}

	/** Asks for the change and answers the token from the link that arrived at the new address. */
	async function requestAndReadToken(userId: number, newEmail: string): Promise<string> {
		await requestEmailChange(setup.db, userId, newEmail, { mailer: setup.mailer, origin });
		const mail = await setup.smtp.waitForMail((m) => m.to.includes(newEmail));
		const [link] = findLinks(mail.text);
		expect(link).toMatch(new RegExp(`^${origin}/konto/email/[a-z2-7]+$`));
		return link.split('/').pop()!;
	}

	it('mails a confirmation link to the new address and keeps the old one until it is used', async () => {
		const person = await newPartner();
		const token = await requestAndReadToken(person.id, 'neu1@schule.example');

		expect(setup.smtp.messages.find((m) => m.to.includes('neu1@schule.example'))?.subject).toBe(
			'Bitte bestätigen Sie Ihre neue E-Mail-Adresse'
		);
		expect(await findPendingEmailChange(setup.db, token)).toBe('neu1@schule.example');
		expect((await getUserByEmail(setup.db, person.email))?.id).toBe(person.id);
	});

	it('switches the login to the new address when the link is confirmed, logs it and tells the old address', async () => {
		const person = await newPartner();
		const token = await requestAndReadToken(person.id, 'neu2@schule.example');

		expect(await confirmEmailChange(setup.db, token, { mailer: setup.mailer })).toEqual({
			changed: true,
			userId: person.id,
			email: 'neu2@schule.example'
		});
		expect((await getUserByEmail(setup.db, 'neu2@schule.example'))?.id).toBe(person.id);
		expect(await getUserByEmail(setup.db, person.email)).toBeNull();
		const events = await setup.db
			.selectFrom('auth_events')
			.select(['kind'])
			.where('user_id', '=', person.id)
			.execute();
		expect(events.map((e) => e.kind)).toEqual(['email_changed']);
		const notice = await setup.smtp.waitForMail((m) => m.to.includes(person.email));
		expect(notice.subject).toBe('Die E-Mail-Adresse Ihres Kontos wurde geändert');
		expect(notice.text).toContain('auf neu2@schule.example geändert');
		expect(findLinks(notice.text)).toEqual([]);
	});

	it('accepts a link only once', async () => {
		const person = await newPartner();
		const token = await requestAndReadToken(person.id, 'neu3@schule.example');
		await confirmEmailChange(setup.db, token, { mailer: setup.mailer });

		expect(await confirmEmailChange(setup.db, token, { mailer: setup.mailer })).toEqual({
			changed: false,
			reason: 'invalid'
		});
		expect(await findPendingEmailChange(setup.db, token)).toBeNull();
	});

	it('refuses a link after 24 hours', async () => {
		const person = await newPartner();
		const token = await requestAndReadToken(person.id, 'neu4@schule.example');
		const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000 + 1000);

		expect(await confirmEmailChange(setup.db, token, { mailer: setup.mailer, now: tomorrow })).toEqual({
			changed: false,
			reason: 'invalid'
		});
		expect(await getUserByEmail(setup.db, 'neu4@schule.example')).toBeNull();
	});

	it('makes only the newest link work when the person asks twice', async () => {
		const person = await newPartner();
		const first = await requestAndReadToken(person.id, 'neu5a@schule.example');
		const second = await requestAndReadToken(person.id, 'neu5b@schule.example');

		expect(await confirmEmailChange(setup.db, first, { mailer: setup.mailer })).toEqual({
			changed: false,
			reason: 'invalid'
		});
		expect(await confirmEmailChange(setup.db, second, { mailer: setup.mailer })).toMatchObject({
			changed: true,
			email: 'neu5b@schule.example'
		});
	});

	it('sends nothing for an address another account uses, so the form reveals no registration', async () => {
		const person = await newPartner();
		const other = await newPartner();
		const before = setup.smtp.messages.length;

		await requestEmailChange(setup.db, person.id, other.email, { mailer: setup.mailer, origin });

		expect(setup.smtp.messages.length).toBe(before);
		const tokens = await setup.db
			.selectFrom('one_time_tokens')
			.select(['id'])
			.where('user_id', '=', person.id)
			.execute();
		expect(tokens).toEqual([]);
	});

	it('refuses the change when another account took the address after the link was sent', async () => {
		const person = await newPartner();
		const token = await requestAndReadToken(person.id, 'neu7@schule.example');
		await createUser(setup.db, { email: 'neu7@schule.example', name: 'Schneller', role: 'partner' });

		expect(await confirmEmailChange(setup.db, token, { mailer: setup.mailer })).toEqual({
			changed: false,
			reason: 'taken'
		});
		expect((await getUserByEmail(setup.db, person.email))?.id).toBe(person.id);
	});

	it('does not change a disabled account', async () => {
		const person = await newPartner();
		const token = await requestAndReadToken(person.id, 'neu8@schule.example');
		await setup.db
			.updateTable('users')
			.set({ disabled_at: new Date().toISOString() })
			.where('id', '=', person.id)
			.execute();

		expect(await confirmEmailChange(setup.db, token, { mailer: setup.mailer })).toEqual({
			changed: false,
			reason: 'invalid'
		});
	});
});
