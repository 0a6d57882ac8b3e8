import { describe, expect, it } from 'vitest';
import { deleteAccount } from '../../src/lib/server/accounts/account-deletion';
import { changePassword } from '../../src/lib/server/accounts/password-change';
import { checkCurrentPassword } from '../../src/lib/server/accounts/reauthentication';
import { createSession, validateSessionToken } from '../../src/lib/server/auth/session';
import { addMembership, createUser, getUserByEmail } from '../../src/lib/server/auth/users';
import { verifyPassword } from '../../src/lib/server/auth/password';
import type { UserRole } from '../../src/lib/server/db/schema';
import { createPartner } from '../../src/lib/server/partners/service';
import { useMailTest } from '../helpers/mail-test';
import { makePartnerInput } from '../fixtures/partners';

const PASSWORD = 'Ein langer Satz als Passwort';
const NEW_PASSWORD = 'Noch ein ganz anderer Satz';

describe('account settings', () => {
	const setup = useMailTest('KPR-Portal <noreply@localhost>');
	let sequence = 0;

	async function newPerson(role: UserRole = 'partner'): Promise<{ id: number; email: string }> {
		sequence += 1;
		const email = `person${sequence}@example.org`;
		return {
			id: await createUser(setup.db, { email, name: `Person ${sequence}`, role, password: PASSWORD }),
			email
		};
	}

	describe('changing the password', () => {
		it('keeps the session that changed it, ends every other one and tells the account’s address', async () => {
			const person = await newPerson();
			const here = await createSession(setup.db, person.id);
			const elsewhere = await createSession(setup.db, person.id);

			const errors = await changePassword(
				setup.db,
				{
					userId: person.id,
					sessionId: here.session.id,
					currentPassword: PASSWORD,
					newPassword: NEW_PASSWORD,
					repeatedPassword: NEW_PASSWORD
				},
				{ mailer: setup.mailer }
			);

			expect(errors).toBeNull();
			expect(await validateSessionToken(setup.db, here.token)).not.toBeNull();
			expect(await validateSessionToken(setup.db, elsewhere.token)).toBeNull();
			const user = await getUserByEmail(setup.db, person.email);
			expect(await verifyPassword(user!.passwordHash!, NEW_PASSWORD)).toBe(true);
			const notice = await setup.smtp.waitForMail((m) => m.to.includes(person.email));
			expect(notice.subject).toBe('Das Passwort Ihres Kontos wurde geändert');
			expect(notice.text).not.toContain(NEW_PASSWORD);
		});

		it('refuses a wrong current password, a common new one and a mistyped repetition, by field', async () => {
			const person = await newPerson();
			const { session } = await createSession(setup.db, person.id);
			const change = {
				userId: person.id,
				sessionId: session.id,
				currentPassword: PASSWORD,
				newPassword: NEW_PASSWORD,
				repeatedPassword: NEW_PASSWORD
			};

			expect(
				await changePassword(
					setup.db,
					{ ...change, currentPassword: 'falsch falsch falsch' },
					{ mailer: setup.mailer }
				)
			).toEqual({
				currentPassword: 'Das aktuelle Passwort ist nicht richtig.'
			});
			expect(
				Object.keys(
					(await changePassword(
						setup.db,
						{ ...change, newPassword: 'password1234', repeatedPassword: 'password1234' },
						{ mailer: setup.mailer }
					))!
				)
			).toEqual(['newPassword']);
			expect(
				Object.keys(
					(await changePassword(
						setup.db,
						{ ...change, repeatedPassword: 'Noch ein ganz anderer Sat' },
						{ mailer: setup.mailer }
					))!
				)
			).toEqual(['repeatedPassword']);
			const user = await getUserByEmail(setup.db, person.email);
			expect(await verifyPassword(user!.passwordHash!, PASSWORD)).toBe(true);
			expect(setup.smtp.messages.filter((m) => m.to.includes(person.email))).toEqual([]);
		});
	});

	it('blocks the current-password check after five wrong answers, even for the right one', async () => {
		const person = await newPerson();
		for (let attempt = 0; attempt < 4; attempt++) {
			expect(await checkCurrentPassword(setup.db, person.id, 'falsch falsch falsch')).toBe(
				'Das aktuelle Passwort ist nicht richtig.'
			);
		}
		expect(await checkCurrentPassword(setup.db, person.id, 'falsch falsch falsch')).toMatch(/^Zu viele Versuche/);
		expect(await checkCurrentPassword(setup.db, person.id, PASSWORD)).toMatch(/^Zu viele Versuche/);
		const kinds = await setup.db
			.selectFrom('auth_events')
			.select(['kind'])
			.where('user_id', '=', person.id)
			.execute();
		expect(kinds.map((k) => k.kind)).toEqual([...Array(4).fill('reauthentication_failure'), 'lockout']);
	});

	it('checks at most five of 30 current-password answers sent in parallel', async () => {
		const person = await newPerson();
		await Promise.all(
			Array.from({ length: 30 }, () => checkCurrentPassword(setup.db, person.id, 'falsch falsch falsch'))
		);
		const kinds = await setup.db
			.selectFrom('auth_events')
			.select(['kind'])
			.where('user_id', '=', person.id)
			.execute();
		expect(kinds.length).toBeLessThanOrEqual(5);
		expect(await checkCurrentPassword(setup.db, person.id, PASSWORD)).toMatch(/^Zu viele Versuche/);
	});

	describe('deleting the account', () => {
		it('removes the person with their sessions and memberships, and logs the deletion without them', async () => {
			const person = await newPerson();
			const organizationId = await createPartner(setup.db, makePartnerInput());
			await addMembership(setup.db, person.id, organizationId, 'admin');
			const { token } = await createSession(setup.db, person.id);

			expect(await deleteAccount(setup.db, person.id, { ip: '192.0.2.1' })).toBe('deleted');

			expect(await getUserByEmail(setup.db, person.email)).toBeNull();
			expect(await validateSessionToken(setup.db, token)).toBeNull();
			const memberships = await setup.db
				.selectFrom('memberships')
				.select(['user_id'])
				.where('user_id', '=', person.id)
				.execute();
			expect(memberships).toEqual([]);
			const last = await setup.db
				.selectFrom('auth_events')
				.select(['kind', 'user_id'])
				.orderBy('id', 'desc')
				.executeTakeFirst();
			expect(last).toEqual({ kind: 'account_deleted', user_id: null });
		});

		it('keeps the audit log of the person’s changes, without the person', async () => {
			const person = await newPerson();
			const organizationId = await createPartner(setup.db, makePartnerInput());
			await setup.db
				.insertInto('audit_log')
				.values({ organization_id: organizationId, actor_id: person.id, field: 'name' })
				.execute();

			expect(await deleteAccount(setup.db, person.id)).toBe('deleted');

			const entries = await setup.db
				.selectFrom('audit_log')
				.select(['actor_id'])
				.where('organization_id', '=', organizationId)
				.execute();
			expect(entries).toEqual([{ actor_id: null }]);
		});

		it('refuses to delete the last active coordinator, but lets one of two go', async () => {
			const first = await newPerson('coordinator');
			const second = await newPerson('coordinator');
			await setup.db
				.updateTable('users')
				.set({ disabled_at: new Date().toISOString() })
				.where('id', '=', second.id)
				.execute();

			expect(await deleteAccount(setup.db, first.id)).toBe('last_coordinator');
			expect(await getUserByEmail(setup.db, first.email)).not.toBeNull();

			await setup.db.updateTable('users').set({ disabled_at: null }).where('id', '=', second.id).execute();
			expect(await deleteAccount(setup.db, first.id)).toBe('deleted');
			expect(await deleteAccount(setup.db, second.id)).toBe('last_coordinator');
		});
	});
});
