import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inviteToOrganization, parseInvitationPayload } from '../../src/lib/server/accounts/invitations';
import { findValidToken } from '../../src/lib/server/auth/one-time-token';
import { createUser, listMemberships } from '../../src/lib/server/auth/users';
import { findLinks } from '../../src/lib/server/mail/links';
import { createMailer, type Mailer } from '../../src/lib/server/mail/mailer';
import { createPartner } from '../../src/lib/server/partners/service';
import { makePartnerInput } from '../fixtures/partners';
import { startTestSmtpServer, type TestSmtpServer } from '../helpers/smtp';
import { createTestDatabase, type TestDatabase } from '../helpers/test-env';
import { eventually } from '../helpers/test-runtime';

const origin = 'http://portal.test';

describe('inviting a person to an organization', () => {
	let database: TestDatabase;
	let smtp: TestSmtpServer;
	let mailer: Mailer;
	let organizationId: number;
	let coordinatorId: number;

	beforeAll(async () => {
		database = await createTestDatabase();
		smtp = await startTestSmtpServer();
		mailer = createMailer({ smtpUrl: smtp.url, mailFrom: 'KPR <noreply@localhost>', mailDir: '/nonexistent' });
		organizationId = await createPartner(
			database.db,
			makePartnerInput({ name: 'Jugendhaus Pethau', status: 'draft' })
		);
		coordinatorId = await createUser(database.db, {
			email: 'koordination@zittau.example',
			name: 'Erika Muster',
			role: 'coordinator'
		});
	});
	afterAll(async () => {
		await smtp?.stop();
		await database?.cleanup();
	});

	/** The token of the nth invitation link mailed to `email`, once it arrived. */
	async function tokenFromMailTo(email: string, nth = 1): Promise<string> {
		const mails = () => Promise.resolve(smtp.messages.filter((m) => m.to.includes(email)));
		const [link] = findLinks((await eventually(mails, (found) => found.length >= nth))[nth - 1].text);
		expect(link.startsWith(`${origin}/einladung/`)).toBe(true);
		return new URL(link).pathname.split('/').pop()!;
	}

	it('mails a new person a working link, creates the account without a password and grants the membership', async () => {
		const invitation = await inviteToOrganization(
			database.db,
			{ organizationId, email: ' Leitung@Jugendhaus.example ', role: 'admin', invitedBy: coordinatorId },
			{ mailer, origin }
		);
		expect(invitation.createdUser).toBe(true);

		const mail = await smtp.waitForMail((m) => m.to.includes('leitung@jugendhaus.example'));
		expect(mail.subject).toBe('Einladung zum Partnernetzwerk: Jugendhaus Pethau');
		expect(mail.text).toContain('Erika Muster lädt Sie ein');

		const token = await tokenFromMailTo('leitung@jugendhaus.example');
		const row = await findValidToken(database.db, 'invitation', token);
		expect(row?.userId).toBe(invitation.userId);
		expect(parseInvitationPayload(row!.payload)).toEqual({ organizationId, role: 'admin' });

		const user = await database.db
			.selectFrom('users')
			.select(['password_hash', 'role'])
			.where('id', '=', invitation.userId)
			.executeTakeFirstOrThrow();
		expect(user).toEqual({ password_hash: null, role: 'partner' });
		expect(await listMemberships(database.db, invitation.userId)).toEqual([
			{
				organizationId,
				organizationSlug: expect.any(String),
				organizationName: 'Jugendhaus Pethau',
				role: 'admin'
			}
		]);
	});

	it('withdraws the first link when the same person is invited again', async () => {
		const input = {
			organizationId,
			email: 'zweimal@jugendhaus.example',
			role: 'editor' as const,
			invitedBy: coordinatorId
		};
		await inviteToOrganization(database.db, input, { mailer, origin });
		const first = await tokenFromMailTo('zweimal@jugendhaus.example', 1);
		await inviteToOrganization(database.db, input, { mailer, origin });
		const second = await tokenFromMailTo('zweimal@jugendhaus.example', 2);

		expect(await findValidToken(database.db, 'invitation', first)).toBeNull();
		expect(await findValidToken(database.db, 'invitation', second)).not.toBeNull();
	});

	it('adds an existing account to a further organization without creating a second one', async () => {
		const otherId = await createPartner(
			database.db,
			makePartnerInput({ name: 'Oberschule Zittau', status: 'draft' })
		);
		const first = await inviteToOrganization(
			database.db,
			{ organizationId, email: 'sozialarbeit@zittau.example', role: 'editor', invitedBy: coordinatorId },
			{ mailer, origin }
		);
		const second = await inviteToOrganization(
			database.db,
			{ organizationId: otherId, email: 'SOZIALARBEIT@zittau.example', role: 'admin', invitedBy: coordinatorId },
			{ mailer, origin }
		);
		expect(second).toMatchObject({ userId: first.userId, createdUser: false });
		const roles = (await listMemberships(database.db, first.userId)).map((m) => [m.organizationName, m.role]);
		expect(roles).toEqual([
			['Jugendhaus Pethau', 'editor'],
			['Oberschule Zittau', 'admin']
		]);
	});

	it('reads no payload that it did not write', () => {
		expect(parseInvitationPayload(null)).toBeNull();
		expect(parseInvitationPayload('{"organizationId":"1","role":"admin"}')).toBeNull();
		expect(parseInvitationPayload('{"organizationId":1,"role":"owner"}')).toBeNull();
	});
});
