import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteAccount } from '../../src/lib/server/accounts/account-deletion';
import { changePassword } from '../../src/lib/server/accounts/password-change';
import { checkCurrentPassword } from '../../src/lib/server/accounts/reauthentication';
import { createSession, validateSessionToken } from '../../src/lib/server/auth/session';
import { addMembership, createUser, getUserByEmail } from '../../src/lib/server/auth/users';
import { verifyPassword } from '../../src/lib/server/auth/password';
import type { UserRole } from '../../src/lib/server/db/schema';
import { createPartner } from '../../src/lib/server/partners/service';
import { createMailer, type Mailer } from '../../src/lib/server/mail/mailer';
import { makePartnerInput } from '../fixtures/partners';
import { startTestSmtpServer, type TestSmtpServer } from '../helpers/smtp';
import { createTestDatabase, type TestDatabase } from '../helpers/test-env';

const PASSWORD = 'Ein langer Satz als Passwort';
const NEW_PASSWORD = 'Noch ein ganz anderer Satz';

describe('account settings', () => {
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

	async function newPerson(role: UserRole = 'partner'): Promise<{ id: number; email: string }> {
		sequence += 1;
		const email = `person${sequence}@example.org`;
		return { id: await createUser(t.db, { email, name: `Person ${sequence}`, role, password: PASSWORD }), email };
	}

	describe('changing the password', () => {
		it('keeps the session that changed it, ends every other one and tells the account’s address', async () => {
			const person = await newPerson();
			const here = await createSession(t.db, person.id);
			const elsewhere = await createSession(t.db, person.id);

			const errors = await changePassword(
				t.db,
				{
					userId: person.id,
					sessionId: here.session.id,
					currentPassword: PASSWORD,
					newPassword: NEW_PASSWORD,
					repeatedPassword: NEW_PASSWORD
				},
				{ mailer }
			);

			expect(errors).toBeNull();
			expect(await validateSessionToken(t.db, here.token)).not.toBeNull();
			expect(await validateSessionToken(t.db, elsewhere.token)).toBeNull();
			const user = await getUserByEmail(t.db, person.email);
			expect(await verifyPassword(user!.passwordHash!, NEW_PASSWORD)).toBe(true);
			const notice = await smtp.waitForMail((m) => m.to.includes(person.email));
			expect(notice.subject).toBe('Das Passwort Ihres Kontos wurde geändert');
			expect(notice.text).not.toContain(NEW_PASSWORD);
		});

		it('refuses a wrong current password, a common new one and a mistyped repetition, by field', async () => {
			const person = await newPerson();
			const { session } = await createSession(t.db, person.id);
			const change = {
				userId: person.id,
				sessionId: session.id,
				currentPassword: PASSWORD,
				newPassword: NEW_PASSWORD,
				repeatedPassword: NEW_PASSWORD
			};

			expect(
				await changePassword(t.db, { ...change, currentPassword: 'falsch falsch falsch' }, { mailer })
			).toEqual({
				currentPassword: 'Das aktuelle Passwort ist nicht richtig.'
			});
			expect(
				Object.keys(
					(await changePassword(
						t.db,
						{ ...change, newPassword: 'password1234', repeatedPassword: 'password1234' },
						{ mailer }
					))!
				)
			).toEqual(['newPassword']);
			expect(
				Object.keys(
					(await changePassword(
						t.db,
						{ ...change, repeatedPassword: 'Noch ein ganz anderer Sat' },
						{ mailer }
					))!
				)
			).toEqual(['repeatedPassword']);
			const user = await getUserByEmail(t.db, person.email);
			expect(await verifyPassword(user!.passwordHash!, PASSWORD)).toBe(true);
			expect(smtp.messages.filter((m) => m.to.includes(person.email))).toEqual([]);
		});
	});

	it('blocks the current-password check after five wrong answers, even for the right one', async () => {
		const person = await newPerson();
		for (let attempt = 0; attempt < 4; attempt++) {
			expect(await checkCurrentPassword(t.db, person.id, 'falsch falsch falsch')).toBe(
				'Das aktuelle Passwort ist nicht richtig.'
			);
		}
		expect(await checkCurrentPassword(t.db, person.id, 'falsch falsch falsch')).toMatch(/^Zu viele Versuche/);
		expect(await checkCurrentPassword(t.db, person.id, PASSWORD)).toMatch(/^Zu viele Versuche/);
		const kinds = await t.db.selectFrom('auth_events').select(['kind']).where('user_id', '=', person.id).execute();
		expect(kinds.map((k) => k.kind)).toEqual([...Array(4).fill('reauthentication_failure'), 'lockout']);
	});

	it('checks at most five of 30 current-password answers sent in parallel', async () => {
		const person = await newPerson();
		await Promise.all(
			Array.from({ length: 30 }, () => checkCurrentPassword(t.db, person.id, 'falsch falsch falsch'))
		);
		const kinds = await t.db.selectFrom('auth_events').select(['kind']).where('user_id', '=', person.id).execute();
		expect(kinds.length).toBeLessThanOrEqual(5);
		expect(await checkCurrentPassword(t.db, person.id, PASSWORD)).toMatch(/^Zu viele Versuche/);
	});

	describe('deleting the account', () => {
		it('removes the person with their sessions and memberships, and logs the deletion without them', async () => {
			const person = await newPerson();
			const organizationId = await createPartner(t.db, makePartnerInput());
			await addMembership(t.db, person.id, organizationId, 'admin');
			const { token } = await createSession(t.db, person.id);

			expect(await deleteAccount(t.db, person.id, { ip: '192.0.2.1' })).toBe('deleted');

			expect(await getUserByEmail(t.db, person.email)).toBeNull();
			expect(await validateSessionToken(t.db, token)).toBeNull();
			const memberships = await t.db
				.selectFrom('memberships')
				.select(['user_id'])
				.where('user_id', '=', person.id)
				.execute();
			expect(memberships).toEqual([]);
			const last = await t.db
				.selectFrom('auth_events')
				.select(['kind', 'user_id'])
				.orderBy('id', 'desc')
				.executeTakeFirst();
			expect(last).toEqual({ kind: 'account_deleted', user_id: null });
		});

		it('keeps the audit log of the person’s changes, without the person', async () => {
			const person = await newPerson();
			const organizationId = await createPartner(t.db, makePartnerInput());
			await t.db
				.insertInto('audit_log')
				.values({ organization_id: organizationId, actor_id: person.id, field: 'name' })
				.execute();

			expect(await deleteAccount(t.db, person.id)).toBe('deleted');

			const entries = await t.db
				.selectFrom('audit_log')
				.select(['actor_id'])
				.where('organization_id', '=', organizationId)
				.execute();
			expect(entries).toEqual([{ actor_id: null }]);
		});

		it('refuses to delete the last active coordinator, but lets one of two go', async () => {
			const first = await newPerson('coordinator');
			const second = await newPerson('coordinator');
			await t.db
				.updateTable('users')
				.set({ disabled_at: new Date().toISOString() })
				.where('id', '=', second.id)
				.execute();

			expect(await deleteAccount(t.db, first.id)).toBe('last_coordinator');
			expect(await getUserByEmail(t.db, first.email)).not.toBeNull();

			await t.db.updateTable('users').set({ disabled_at: null }).where('id', '=', second.id).execute();
			expect(await deleteAccount(t.db, first.id)).toBe('deleted');
			expect(await deleteAccount(t.db, second.id)).toBe('last_coordinator');
		});
	});
});
