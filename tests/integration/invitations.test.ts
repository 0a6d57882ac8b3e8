import { beforeAll, describe, expect, it } from 'vitest';
import { inviteToOrganization, parseInvitationPayload } from '../../src/lib/server/accounts/invitations';
import { findValidToken } from '../../src/lib/server/auth/one-time-token';
import { createUser, listMemberships } from '../../src/lib/server/auth/users';
import { findLinks } from '../../src/lib/server/mail/links';
import { useMailTest } from '../helpers/mail-test';
import { createPartner } from '../../src/lib/server/partners/service';
import { makePartnerInput } from '../fixtures/partners';
import { eventually } from '../helpers/test-runtime';

const origin = 'http://portal.test';

describe('inviting a person to an organization', () => {
	const setup = useMailTest();
	let organizationId: number;
	let coordinatorId: number;

	beforeAll(async () => {
		organizationId = await createPartner(
			setup.db,
			makePartnerInput({ name: 'Jugendhaus Pethau', status: 'draft' })
		);
		coordinatorId = await createUser(setup.db, {
			email: 'koordination@zittau.example',
			name: 'Erika Muster',
			role: 'coordinator'
		});
	});

	/** The token of the nth invitation link mailed to `email`, once it arrived. */
	async function tokenFromMailTo(email: string, nth = 1): Promise<string> {
		const mails = () => Promise.resolve(setup.smtp.messages.filter((m) => m.to.includes(email)));
		const [link] = findLinks((await eventually(mails, (found) => found.length >= nth))[nth - 1].text);
		expect(link.startsWith(`${origin}/einladung/`)).toBe(true);
		return new URL(link).pathname.split('/').pop()!;
	}

	it('mails a new person a working link, creates the account without a password and grants the membership', async () => {
		const invitation = await inviteToOrganization(
			setup.db,
			{ organizationId, email: ' Leitung@Jugendhaus.example ', role: 'admin', invitedBy: coordinatorId },
			{ mailer: setup.mailer, origin }
		);
		expect(invitation.createdUser).toBe(true);

		const mail = await setup.smtp.waitForMail((m) => m.to.includes('leitung@jugendhaus.example'));
		expect(mail.subject).toBe('Einladung zum Partnernetzwerk: Jugendhaus Pethau');
		expect(mail.text).toContain('Erika Muster lädt Sie ein');

		const token = await tokenFromMailTo('leitung@jugendhaus.example');
		const row = await findValidToken(setup.db, 'invitation', token);
		expect(row?.userId).toBe(invitation.userId);
		expect(parseInvitationPayload(row!.payload)).toEqual({ organizationId, role: 'admin' });

		const user = await setup.db
			.selectFrom('users')
			.select(['password_hash', 'role'])
			.where('id', '=', invitation.userId)
			.executeTakeFirstOrThrow();
		expect(user).toEqual({ password_hash: null, role: 'partner' });
		expect(await listMemberships(setup.db, invitation.userId)).toEqual([
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
		await inviteToOrganization(setup.db, input, { mailer: setup.mailer, origin });
		const first = await tokenFromMailTo('zweimal@jugendhaus.example', 1);
		await inviteToOrganization(setup.db, input, { mailer: setup.mailer, origin });
		const second = await tokenFromMailTo('zweimal@jugendhaus.example', 2);

		expect(await findValidToken(setup.db, 'invitation', first)).toBeNull();
		expect(await findValidToken(setup.db, 'invitation', second)).not.toBeNull();
	});

	it('adds an existing account to a further organization without creating a second one', async () => {
		const otherId = await createPartner(setup.db, makePartnerInput({ name: 'Oberschule Zittau', status: 'draft' }));
		const first = await inviteToOrganization(
			setup.db,
			{ organizationId, email: 'sozialarbeit@zittau.example', role: 'editor', invitedBy: coordinatorId },
			{ mailer: setup.mailer, origin }
		);
		const second = await inviteToOrganization(
			setup.db,
			{ organizationId: otherId, email: 'SOZIALARBEIT@zittau.example', role: 'admin', invitedBy: coordinatorId },
			{ mailer: setup.mailer, origin }
		);
		expect(second).toMatchObject({ userId: first.userId, createdUser: false });
		const roles = (await listMemberships(setup.db, first.userId)).map((m) => [m.organizationName, m.role]);
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
