import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inviteToOrganization } from '../../src/lib/server/accounts/invitations';
import { LastAdminError, listMembers, removeMember } from '../../src/lib/server/accounts/organization-members';
import { listPendingInvitations } from '../../src/lib/server/accounts/pending-invitations';
import { findValidToken } from '../../src/lib/server/auth/one-time-token';
import { createSession, validateSessionToken } from '../../src/lib/server/auth/session';
import { addMembership, createUser } from '../../src/lib/server/auth/users';
import { listPeople, SelfDisableError, setPersonDisabled } from '../../src/lib/server/coordination/people';
import { findLinks } from '../../src/lib/server/mail/links';
import { createMailer, type Mailer } from '../../src/lib/server/mail/mailer';
import { createPartner } from '../../src/lib/server/partners/service';
import { makePartnerInput } from '../fixtures/partners';
import { startTestSmtpServer, type TestSmtpServer } from '../helpers/smtp';
import { createTestDatabase, type TestDatabase } from '../helpers/test-env';

const password = 'ein-langes-passwort-2026';

describe('the people of an organization', () => {
	let database: TestDatabase;
	let smtp: TestSmtpServer;
	let mailer: Mailer;
	let organizationId: number;
	let adminId: number;
	let coordinatorId: number;

	beforeAll(async () => {
		database = await createTestDatabase();
		smtp = await startTestSmtpServer();
		mailer = createMailer({ smtpUrl: smtp.url, mailFrom: 'KPR <noreply@localhost>', mailDir: '/nonexistent' });
		organizationId = await createPartner(database.db, makePartnerInput({ name: 'Jugendamt' }));
		adminId = await createUser(database.db, {
			email: 'leitung@jugendamt.example',
			name: 'Leitung',
			role: 'partner',
			password
		});
		coordinatorId = await createUser(database.db, {
			email: 'koordination@zittau.example',
			name: 'K',
			role: 'coordinator',
			password
		});
		await addMembership(database.db, adminId, organizationId, 'admin');
	});
	afterAll(async () => {
		await smtp?.stop();
		await database?.cleanup();
	});

	it('keep their last admin, so that someone can always manage the people', async () => {
		await expect(removeMember(database.db, organizationId, adminId)).rejects.toBeInstanceOf(LastAdminError);
	});

	it('lose an invited colleague together with the unused invitation link', async () => {
		const { userId } = await inviteToOrganization(
			database.db,
			{ organizationId, email: 'neu@jugendamt.example', role: 'editor', invitedBy: adminId },
			{ mailer, origin: 'http://portal.test' }
		);
		const mail = await smtp.waitForMail((m) => m.to.includes('neu@jugendamt.example'));
		const token = new URL(findLinks(mail.text)[0]).pathname.split('/').pop()!;
		expect((await listPendingInvitations(database.db)).map((i) => [i.email, i.role])).toEqual([
			['neu@jugendamt.example', 'editor']
		]);

		await removeMember(database.db, organizationId, userId);
		expect((await listMembers(database.db, organizationId)).map((m) => m.email)).toEqual([
			'leitung@jugendamt.example'
		]);
		expect(await findValidToken(database.db, 'invitation', token)).toBeNull();
		expect(await listPendingInvitations(database.db)).toEqual([]);
	});

	it('are logged out everywhere when the coordinator disables an account, and may log in again once enabled', async () => {
		const { token } = await createSession(database.db, adminId);
		await setPersonDisabled(database.db, { userId: adminId, disabled: true, actorId: coordinatorId });
		expect(await validateSessionToken(database.db, token)).toBeNull();
		expect((await listPeople(database.db)).find((p) => p.id === adminId)).toMatchObject({
			disabled: true,
			organizations: [{ name: 'Jugendamt', role: 'admin' }]
		});

		await setPersonDisabled(database.db, { userId: adminId, disabled: false, actorId: coordinatorId });
		const fresh = await createSession(database.db, adminId);
		expect(await validateSessionToken(database.db, fresh.token)).not.toBeNull();
		const kinds = await database.db
			.selectFrom('auth_events')
			.select(['kind'])
			.where('user_id', '=', adminId)
			.execute();
		expect(kinds.map((k) => k.kind)).toEqual(['account_disabled', 'account_enabled']);
	});

	it('do not include a coordinator able to lock themselves out', async () => {
		await expect(
			setPersonDisabled(database.db, { userId: coordinatorId, disabled: true, actorId: coordinatorId })
		).rejects.toBeInstanceOf(SelfDisableError);
	});
});
