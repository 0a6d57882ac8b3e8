import { beforeAll, describe, expect, it } from 'vitest';
import { CoordinatorInvitationError, inviteCoordinator } from '../../src/lib/server/auth/coordinator-invitation';
import { acceptInvitation, findInvitation } from '../../src/lib/server/auth/invitation-acceptance';
import { authenticate } from '../../src/lib/server/auth/login';
import { createOneTimeToken } from '../../src/lib/server/auth/one-time-token';
import { LoginThrottle } from '../../src/lib/server/auth/rate-limit';
import { createUser } from '../../src/lib/server/auth/users';
import { useTestDatabase } from '../helpers/test-database';

const origin = 'https://kpr.example';
const address = '203.0.113.5';
const tokenOf = (link: string) => new URL(link).pathname.split('/').pop()!;

describe('accepting an invitation', () => {
	const t = useTestDatabase();

	beforeAll(async () => {
		await createUser(t.db, {
			email: 'partnerin@verein.example',
			name: 'P',
			role: 'partner',
			password: 'Ein alter langer Satz'
		});
	});

	it('creates a coordinator without password and a link to /einladung/<token>', async () => {
		const invitation = await inviteCoordinator(t.db, { email: ' Chefin@Stadt.example ', origin });
		expect(invitation.createdUser).toBe(true);
		expect(invitation.link).toMatch(/^https:\/\/kpr\.example\/einladung\/[a-z2-7]{32}$/);
		expect(await findInvitation(t.db, tokenOf(invitation.link))).toEqual({
			email: 'chefin@stadt.example',
			name: '',
			hasPassword: false
		});
	});

	it('asks for a name and a good password, keeping the link, then sets both, uses the link up and lets the person log in', async () => {
		const { link } = await inviteCoordinator(t.db, { email: 'neu@stadt.example', origin });
		const token = tokenOf(link);
		const refused = await acceptInvitation(t.db, { token, name: '  ', password: 'kurz', address });
		expect(refused).toEqual({
			kind: 'invalid',
			errors: {
				name: expect.stringContaining('Bitte geben Sie Ihren Namen ein'),
				password: expect.stringContaining('zu kurz')
			}
		});
		expect(await findInvitation(t.db, token)).not.toBeNull();

		const accepted = await acceptInvitation(t.db, {
			token,
			name: ' Nora Neu ',
			password: 'Drei Äpfel am Baum',
			address
		});
		expect(accepted).toMatchObject({ kind: 'success', isCoordinator: true });
		const user = await t.db
			.selectFrom('users')
			.select(['name'])
			.where('email', '=', 'neu@stadt.example')
			.executeTakeFirstOrThrow();
		expect(user.name).toBe('Nora Neu');
		expect(await findInvitation(t.db, token)).toBeNull();
		expect(await acceptInvitation(t.db, { token, name: 'X', password: 'Noch ein Satz hier', address })).toEqual({
			kind: 'invalid_token'
		});

		const login = await authenticate(
			t.db,
			{ email: 'neu@stadt.example', password: 'Drei Äpfel am Baum', address },
			new LoginThrottle()
		);
		expect(login.kind).toBe('success');
		const events = await t.db
			.selectFrom('auth_events')
			.select(['kind'])
			.where('kind', '=', 'invitation_accepted')
			.execute();
		expect(events).toHaveLength(1);
	});

	it('gives a coordinator who never used the link a new one, which replaces the old', async () => {
		const first = await inviteCoordinator(t.db, { email: 'spaet@stadt.example', origin });
		const second = await inviteCoordinator(t.db, { email: 'spaet@stadt.example', origin });
		expect(second.createdUser).toBe(false);
		expect(await findInvitation(t.db, tokenOf(first.link))).toBeNull();
		expect(await findInvitation(t.db, tokenOf(second.link))).not.toBeNull();
	});

	it('refuses partner accounts, accounts with a password and things that are no email', async () => {
		await expect(inviteCoordinator(t.db, { email: 'partnerin@verein.example', origin })).rejects.toThrow(
			CoordinatorInvitationError
		);
		await expect(inviteCoordinator(t.db, { email: 'neu@stadt.example', origin })).rejects.toThrow(
			'hat bereits ein Passwort'
		);
		await expect(inviteCoordinator(t.db, { email: 'keine-adresse', origin })).rejects.toThrow(
			'keine E-Mail-Adresse'
		);
	});

	it('never sets a password through a link of a person who already has one', async () => {
		const partner = await t.db
			.selectFrom('users')
			.select(['id'])
			.where('email', '=', 'partnerin@verein.example')
			.executeTakeFirstOrThrow();
		const { token } = await createOneTimeToken(t.db, partner.id, 'invitation');
		expect(await findInvitation(t.db, token)).toMatchObject({ hasPassword: true });
		expect(await acceptInvitation(t.db, { token, name: 'P', password: 'Ein ganz neuer Satz', address })).toEqual({
			kind: 'invalid_token'
		});
	});
});
