import { describe, expect, it } from 'vitest';
import { verifyPassword } from '../../src/lib/server/auth/password';
import {
	addMembership,
	createUser,
	getUserByEmail,
	listMemberships,
	removeMembership,
	setPassword
} from '../../src/lib/server/auth/users';
import { createPartner } from '../../src/lib/server/partners/service';
import { makePartnerInput } from '../fixtures/partners';
import { useTestDatabase } from '../helpers/test-database';

describe('accounts and memberships', () => {
	const t = useTestDatabase();

	it('finds an account by its email in any case and spacing, with what the login needs', async () => {
		const id = await createUser(t.db, {
			email: ' Sozialarbeit@Schule-Pethau.de',
			name: 'Jana Fischer',
			role: 'partner',
			password: 'bunte drachen über dem oybin'
		});
		const user = await getUserByEmail(t.db, 'SOZIALARBEIT@schule-pethau.de ');
		expect(user).toMatchObject({
			id,
			email: 'sozialarbeit@schule-pethau.de',
			role: 'partner',
			disabled: false,
			totpEnabled: false
		});
		expect(await verifyPassword(user!.passwordHash!, 'bunte drachen über dem oybin')).toBe(true);
	});

	it('answers null for an unknown email', async () => {
		expect(await getUserByEmail(t.db, 'niemand@example.org')).toBeNull();
	});

	it('refuses a second account with the same email in other capitals', async () => {
		await createUser(t.db, { email: 'doppelt@example.org', name: 'A', role: 'partner' });
		await expect(createUser(t.db, { email: 'Doppelt@Example.org', name: 'B', role: 'partner' })).rejects.toThrow(
			/UNIQUE/
		);
	});

	it('leaves an invited account without a password until it sets one', async () => {
		const id = await createUser(t.db, { email: 'eingeladen@example.org', name: '', role: 'partner' });
		expect((await getUserByEmail(t.db, 'eingeladen@example.org'))?.passwordHash).toBeNull();
		await setPassword(t.db, id, 'mein erstes gutes passwort');
		const { passwordHash } = (await getUserByEmail(t.db, 'eingeladen@example.org'))!;
		expect(await verifyPassword(passwordHash!, 'mein erstes gutes passwort')).toBe(true);
	});

	it('lets one person belong to several organizations with a role in each', async () => {
		const school = await createPartner(t.db, makePartnerInput({ name: 'Oberschule Zittau' }));
		const club = await createPartner(t.db, makePartnerInput({ name: 'Albert Schweitzer Familienwerk' }));
		const id = await createUser(t.db, { email: 'mehrfach@example.org', name: 'M', role: 'partner' });
		await addMembership(t.db, id, school, 'admin');
		await addMembership(t.db, id, club, 'editor');
		expect((await listMemberships(t.db, id)).map((m) => [m.organizationName, m.role])).toEqual([
			['Albert Schweitzer Familienwerk', 'editor'],
			['Oberschule Zittau', 'admin']
		]);

		await addMembership(t.db, id, club, 'admin');
		await removeMembership(t.db, id, school);
		expect((await listMemberships(t.db, id)).map((m) => [m.organizationName, m.role])).toEqual([
			['Albert Schweitzer Familienwerk', 'admin']
		]);
	});
});
