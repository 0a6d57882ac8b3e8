import { encodeBase32UpperCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { generateTOTP } from '@oslojs/otp';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportAccountData, type AccountExport } from '../../src/lib/server/accounts/data-export';
import { logAuthEvent } from '../../src/lib/server/auth/events';
import { createOneTimeToken } from '../../src/lib/server/auth/one-time-token';
import { createSession } from '../../src/lib/server/auth/session';
import { beginTotpSetup, confirmTotpSetup } from '../../src/lib/server/auth/totp';
import { addMembership, createUser } from '../../src/lib/server/auth/users';
import { createPartner } from '../../src/lib/server/partners/service';
import { makePartnerInput } from '../fixtures/partners';
import { useTestDatabase } from '../helpers/test-database';

describe('the data export of an account', () => {
	const t = useTestDatabase();
	let userId: number;
	let otherUserId: number;
	let exported: AccountExport;
	let json: string;
	const secrets: string[] = [];

	beforeAll(async () => {
		const schoolId = await createPartner(
			t.db,
			makePartnerInput({ name: 'Oberschule am Töpferberg', slug: 'oberschule-toepferberg' })
		);
		const policeId = await createPartner(
			t.db,
			makePartnerInput({ name: 'Polizeirevier Zittau', slug: 'polizeirevier-zittau' })
		);
		userId = await createUser(t.db, {
			email: 'sozialarbeit@schule.example',
			name: 'Erika Muster',
			role: 'partner',
			password: 'Ein langer Satz als Passwort'
		});
		otherUserId = await createUser(t.db, { email: 'revier@polizei.example', name: 'Max Revier', role: 'partner' });
		await addMembership(t.db, userId, schoolId, 'editor');
		await addMembership(t.db, otherUserId, policeId, 'admin');

		const key = (await beginTotpSetup(t.db, userId))!;
		const codes = (await confirmTotpSetup(t.db, userId, generateTOTP(key, 30, 6)))!;
		const { token: sessionToken } = await createSession(t.db, userId, { twoFactorVerified: true });
		const { token: resetToken } = await createOneTimeToken(t.db, userId, 'password_reset');
		await logAuthEvent(t.db, 'login_success', { userId, ip: '192.0.2.10' });
		await logAuthEvent(t.db, 'login_failure', { userId: otherUserId, ip: '198.51.100.7' });
		await t.db
			.insertInto('audit_log')
			.values([
				{
					organization_id: schoolId,
					actor_id: userId,
					field: 'description',
					old_value: 'alt',
					new_value: 'neu'
				},
				{ organization_id: policeId, actor_id: otherUserId, field: 'name', old_value: 'A', new_value: 'B' }
			])
			.execute();

		const stored = await t.db
			.selectFrom('users')
			.select(['password_hash'])
			.where('id', '=', userId)
			.executeTakeFirstOrThrow();
		secrets.push(
			stored.password_hash!,
			'$argon2id',
			encodeBase32UpperCaseNoPadding(key),
			encodeHexLowerCase(key),
			sessionToken.split('.')[1],
			sessionToken.split('.')[0],
			resetToken,
			...codes
		);
		exported = await exportAccountData(t.db, userId, new Date('2026-11-25T08:00:00Z'));
		json = JSON.stringify(exported);
	});

	it('contains the profile of the person', () => {
		expect(exported.exportedAt).toBe('2026-11-25T08:00:00.000Z');
		expect(exported.account).toMatchObject({
			email: 'sozialarbeit@schule.example',
			name: 'Erika Muster',
			role: 'partner',
			unusedRecoveryCodes: 10
		});
		expect(exported.account.twoFactorEnabledAt).not.toBeNull();
	});

	it('lists their memberships, sessions and authentication events, and only theirs', () => {
		expect(exported.memberships).toEqual([
			{
				organization: 'Oberschule am Töpferberg',
				slug: 'oberschule-toepferberg',
				role: 'editor',
				since: expect.any(String)
			}
		]);
		expect(exported.sessions).toHaveLength(1);
		expect(exported.authEvents.map((e) => [e.kind, e.ip])).toEqual([['login_success', '192.0.2.10']]);
		expect(json).not.toContain('revier@polizei.example');
		expect(json).not.toContain('198.51.100.7');
	});

	it('names the profile fields they changed without the values of other people’s entries', () => {
		expect(exported.profileChanges).toEqual([
			{
				organizationId: expect.any(Number),
				organization: 'Oberschule am Töpferberg',
				field: 'description',
				at: expect.any(String)
			}
		]);
	});

	it('never contains the password hash, the TOTP key, recovery codes, tokens or session ids', () => {
		for (const secret of secrets) expect(json).not.toContain(secret);
		expect(json).not.toMatch(/hash|secret|totp_key|token/i);
	});
});
