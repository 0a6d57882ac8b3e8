import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateTOTP } from '@oslojs/otp';
import { describe, expect, it } from 'vitest';
import { authenticate } from '../../src/lib/server/auth/login';
import { LoginThrottle } from '../../src/lib/server/auth/rate-limit';
import { verifyUserTotp } from '../../src/lib/server/auth/totp';
import { getUserByEmail, listMemberships } from '../../src/lib/server/auth/users';
import { DEMO_ACCOUNTS, DEMO_COORDINATOR_TOTP_KEY, seedDemoAccounts } from '../../src/lib/server/demo/accounts';
import { seedDemoData } from '../../src/lib/server/demo/seed-partners';
import { useTestDatabase } from '../helpers/test-database';

describe('the demo accounts', () => {
	const t = useTestDatabase((db) => seedDemoData(db, { today: new Date('2026-11-25T10:00:00Z') }));

	it('log in with the printed passwords; only the coordinator needs a second factor', async () => {
		for (const account of Object.values(DEMO_ACCOUNTS)) {
			const result = await authenticate(t.db, { ...account, address: '127.0.0.1' }, new LoginThrottle());
			expect(result).toMatchObject({
				kind: 'success',
				needsTwoFactor: account.role === 'coordinator',
				isCoordinator: account.role === 'coordinator'
			});
		}
	});

	it('belong to the police station, a school and an association with the promised roles', async () => {
		const memberships = async (email: string) =>
			listMemberships(t.db, (await getUserByEmail(t.db, email))!.id).then((list) =>
				list.map((m) => [m.organizationSlug, m.role])
			);
		expect(await memberships(DEMO_ACCOUNTS.policeAdmin.email)).toEqual([['polizeirevier-zittau', 'admin']]);
		expect(await memberships(DEMO_ACCOUNTS.schoolEditor.email)).toEqual([['oberschule-am-toepferberg', 'editor']]);
		expect(await memberships(DEMO_ACCOUNTS.associationAdmin.email)).toEqual([['verkehrswacht-zittau', 'admin']]);
		expect(await memberships(DEMO_ACCOUNTS.coordinator.email)).toEqual([]);
	});

	it('give the coordinator two-factor with the published demo key', async () => {
		const coordinator = (await getUserByEmail(t.db, DEMO_ACCOUNTS.coordinator.email))!;
		const code = generateTOTP(decodeBase32IgnorePadding(DEMO_COORDINATOR_TOTP_KEY), 30, 6);
		expect(await verifyUserTotp(t.db, coordinator.id, code)).toBe(true);
	});

	it('are kept, not duplicated, when seeded again', async () => {
		await seedDemoAccounts(t.db);
		const users = await t.db.selectFrom('users').select(['email']).execute();
		expect(users).toHaveLength(Object.keys(DEMO_ACCOUNTS).length);
	});
});
