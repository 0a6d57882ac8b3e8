import { beforeAll, describe, expect, it } from 'vitest';
import { inviteToOrganization } from '../../src/lib/server/accounts/invitations';
import { LastAdminError, listMembers, removeMember } from '../../src/lib/server/accounts/organization-members';
import { listPendingInvitations } from '../../src/lib/server/accounts/pending-invitations';
import { findValidToken } from '../../src/lib/server/auth/one-time-token';
import { createSession, validateSessionToken } from '../../src/lib/server/auth/session';
import { addMembership, createUser } from '../../src/lib/server/auth/users';
import { listPeople, SelfDisableError, setPersonDisabled } from '../../src/lib/server/coordination/people';
import { findLinks } from '../../src/lib/server/mail/links';
import { useMailTest } from '../helpers/mail-test';
import { createPartner } from '../../src/lib/server/partners/service';
import { makePartnerInput } from '../fixtures/partners';

const password = 'ein-langes-passwort-2026';

describe('the people of an organization', () => {
	const setup = useMailTest();
	let organizationId: number;
	let adminId: number;
	let coordinatorId: number;

	beforeAll(async () => {
		organizationId = await createPartner(setup.db, makePartnerInput({ name: 'Jugendamt' }));
		adminId = await createUser(setup.db, {
			email: 'leitung@jugendamt.example',
			name: 'Leitung',
			role: 'partner',
			password
		});
		coordinatorId = await createUser(setup.db, {
			email: 'koordination@zittau.example',
			name: 'K',
			role: 'coordinator',
			password
		});
		await addMembership(setup.db, adminId, organizationId, 'admin');
	});

	it('keep their last admin, so that someone can always manage the people', async () => {
		await expect(removeMember(setup.db, organizationId, adminId)).rejects.toBeInstanceOf(LastAdminError);
	});

	it('lose an invited colleague together with the unused invitation link', async () => {
		const { userId } = await inviteToOrganization(
			setup.db,
			{ organizationId, email: 'neu@jugendamt.example', role: 'editor', invitedBy: adminId },
			{ mailer: setup.mailer, origin: 'http://portal.test' }
		);
		const mail = await setup.smtp.waitForMail((m) => m.to.includes('neu@jugendamt.example'));
		const token = new URL(findLinks(mail.text)[0]).pathname.split('/').pop()!;
		expect((await listPendingInvitations(setup.db)).map((i) => [i.email, i.role])).toEqual([
			['neu@jugendamt.example', 'editor']
		]);

		await removeMember(setup.db, organizationId, userId);
		expect((await listMembers(setup.db, organizationId)).map((m) => m.email)).toEqual([
			'leitung@jugendamt.example'
		]);
		expect(await findValidToken(setup.db, 'invitation', token)).toBeNull();
		expect(await listPendingInvitations(setup.db)).toEqual([]);
	});

	it('are logged out everywhere when the coordinator disables an account, and may log in again once enabled', async () => {
		const { token } = await createSession(setup.db, adminId);
		await setPersonDisabled(setup.db, { userId: adminId, disabled: true, actorId: coordinatorId });
		expect(await validateSessionToken(setup.db, token)).toBeNull();
		expect((await listPeople(setup.db)).find((p) => p.id === adminId)).toMatchObject({
			disabled: true,
			organizations: [{ name: 'Jugendamt', role: 'admin' }]
		});

		await setPersonDisabled(setup.db, { userId: adminId, disabled: false, actorId: coordinatorId });
		const fresh = await createSession(setup.db, adminId);
		expect(await validateSessionToken(setup.db, fresh.token)).not.toBeNull();
		const kinds = await setup.db
			.selectFrom('auth_events')
			.select(['kind'])
			.where('user_id', '=', adminId)
			.execute();
		expect(kinds.map((k) => k.kind)).toEqual(['account_disabled', 'account_enabled']);
	});

	it('do not include a coordinator able to lock themselves out', async () => {
		await expect(
			setPersonDisabled(setup.db, { userId: coordinatorId, disabled: true, actorId: coordinatorId })
		).rejects.toBeInstanceOf(SelfDisableError);
	});
});
