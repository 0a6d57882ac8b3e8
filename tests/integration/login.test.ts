import { generateTOTP } from '@oslojs/otp';
import { beforeAll, describe, expect, it } from 'vitest';
import { authenticate } from '../../src/lib/server/auth/login';
import { KeyedLimiter, LoginThrottle } from '../../src/lib/server/auth/rate-limit';
import { replaceRecoveryCodes } from '../../src/lib/server/auth/recovery-codes';
import { verifySecondFactor } from '../../src/lib/server/auth/second-factor';
import { sealTotpKey } from '../../src/lib/server/auth/totp-key-cipher';
import { createUser, disableUser, type NewUser } from '../../src/lib/server/auth/users';
import type { DB } from '../../src/lib/server/db/connection';
import { useTestDatabase } from '../helpers/test-database';

const PASSWORD = 'Ein langer Satz als Passwort';
const address = '203.0.113.7';

/** A user who has already set PASSWORD (an invited one has none yet). */
const createWithPassword = (db: DB, user: Omit<NewUser, 'password'>) => createUser(db, { ...user, password: PASSWORD });

describe('logging in with email and password', () => {
	const t = useTestDatabase();
	let partnerId: number;

	beforeAll(async () => {
		partnerId = await createWithPassword(t.db, { email: 'anna@schule.example', name: 'Anna', role: 'partner' });
		await createUser(t.db, { email: 'eingeladen@schule.example', name: '', role: 'partner' });
		const disabled = await createWithPassword(t.db, { email: 'weg@schule.example', name: 'Weg', role: 'partner' });
		await disableUser(t.db, disabled);
	});

	async function events(kind: string) {
		return t.db
			.selectFrom('auth_events')
			.select(['user_id', 'ip'])
			.where('kind', '=', kind as never)
			.execute();
	}

	it('lets a person in with the right password, in any letter case of the email, and logs it', async () => {
		const result = await authenticate(
			t.db,
			{ email: ' Anna@Schule.example ', password: PASSWORD, address },
			new LoginThrottle()
		);
		expect(result).toEqual({ kind: 'success', userId: partnerId, needsTwoFactor: false, isCoordinator: false });
		expect(await events('login_success')).toContainEqual({ user_id: partnerId, ip: address });
	});

	it('answers a wrong password, an unknown email, an invited account without password and a disabled account alike', async () => {
		const throttle = new LoginThrottle();
		const answers = await Promise.all(
			[
				['anna@schule.example', 'Falsches Passwort 123'],
				['niemand@schule.example', PASSWORD],
				['eingeladen@schule.example', PASSWORD],
				['weg@schule.example', PASSWORD]
			].map(([email, password]) => authenticate(t.db, { email, password, address }, throttle))
		);
		expect(answers).toEqual(Array(4).fill({ kind: 'invalid' }));
		const failures = await events('login_failure');
		expect(failures.filter((f) => f.user_id === null)).toHaveLength(1);
	});

	it('locks an email after five failures, even for the right password, and logs the lockout', async () => {
		const throttle = new LoginThrottle();
		for (let attempt = 1; attempt <= 4; attempt++) {
			expect(
				await authenticate(
					t.db,
					{ email: 'anna@schule.example', password: `falsch-${attempt}`, address },
					throttle
				)
			).toEqual({
				kind: 'invalid'
			});
		}
		const fifth = await authenticate(
			t.db,
			{ email: 'anna@schule.example', password: 'falsch-5', address },
			throttle
		);
		expect(fifth).toMatchObject({ kind: 'throttled' });
		const right = await authenticate(t.db, { email: 'anna@schule.example', password: PASSWORD, address }, throttle);
		expect(right.kind).toBe('throttled');
		expect(await events('lockout')).toContainEqual({ user_id: partnerId, ip: address });
	});

	it('checks at most five of 30 wrong passwords sent in parallel for one email', async () => {
		const email = 'parallel@schule.example';
		const userId = await createWithPassword(t.db, { email, name: 'Parallel', role: 'partner' });
		const throttle = new LoginThrottle();
		const answers = await Promise.all(
			Array.from({ length: 30 }, (_, i) =>
				authenticate(t.db, { email, password: `falsch-${i}`, address: `192.0.2.${i}` }, throttle)
			)
		);
		const checked = await t.db
			.selectFrom('auth_events')
			.select('id')
			.where('kind', '=', 'login_failure')
			.where('user_id', '=', userId)
			.execute();
		expect(checked.length).toBeLessThanOrEqual(5);
		expect(answers.filter((a) => a.kind === 'throttled').length).toBeGreaterThanOrEqual(25);
		expect((await authenticate(t.db, { email, password: PASSWORD, address }, throttle)).kind).toBe('throttled');
	});

	it('locks a client address that tries many emails', async () => {
		const throttle = new LoginThrottle({ addressLimit: 3 });
		for (const name of ['a', 'b']) {
			await authenticate(
				t.db,
				{ email: `${name}@x.example`, password: 'falsch', address: '198.51.100.1' },
				throttle
			);
		}
		expect(
			await authenticate(t.db, { email: 'c@x.example', password: 'falsch', address: '198.51.100.1' }, throttle)
		).toMatchObject({
			kind: 'throttled'
		});
		const elsewhere = await authenticate(
			t.db,
			{ email: 'anna@schule.example', password: PASSWORD, address: '198.51.100.2' },
			throttle
		);
		expect(elsewhere.kind).toBe('success');
	});
});

describe('the second login step', () => {
	const t = useTestDatabase();
	let userId: number;
	const key = new Uint8Array(20).fill(7);
	let recoveryCodes: string[];
	const limiter = () => new KeyedLimiter({ limit: 5, windowMs: 60_000, blockMs: 60_000 });

	beforeAll(async () => {
		userId = await createWithPassword(t.db, { email: 'k@stadt.example', name: 'K', role: 'coordinator' });
		await t.db
			.updateTable('users')
			.set({ totp_key: sealTotpKey(key), totp_enabled_at: new Date().toISOString() })
			.where('id', '=', userId)
			.execute();
		recoveryCodes = await replaceRecoveryCodes(t.db, userId);
	});

	it('accepts the current code from the app once, and refuses it when replayed', async () => {
		const code = generateTOTP(key, 30, 6);
		expect(await verifySecondFactor(t.db, { userId, code, address }, limiter())).toEqual({ kind: 'success' });
		expect(await verifySecondFactor(t.db, { userId, code, address }, limiter())).toEqual({ kind: 'invalid' });
	});

	it('accepts a recovery code in capitals once and logs its use', async () => {
		const code = recoveryCodes[0].toUpperCase();
		expect(await verifySecondFactor(t.db, { userId, code, address }, limiter())).toEqual({ kind: 'success' });
		expect(await verifySecondFactor(t.db, { userId, code, address }, limiter())).toEqual({ kind: 'invalid' });
		const used = await t.db
			.selectFrom('auth_events')
			.select(['kind'])
			.where('kind', '=', 'recovery_code_used')
			.execute();
		expect(used).toHaveLength(1);
	});

	it('blocks the account after five wrong codes, even for a right one, and logs the lockout', async () => {
		const attempts = limiter();
		for (let attempt = 1; attempt <= 4; attempt++) {
			expect(await verifySecondFactor(t.db, { userId, code: '000000', address }, attempts)).toEqual({
				kind: 'invalid'
			});
		}
		expect(
			await verifySecondFactor(t.db, { userId, code: 'abcd-efgh-ijkl-mnop', address }, attempts)
		).toMatchObject({
			kind: 'throttled'
		});
		expect(await verifySecondFactor(t.db, { userId, code: recoveryCodes[1], address }, attempts)).toMatchObject({
			kind: 'throttled'
		});
		const lockouts = await t.db
			.selectFrom('auth_events')
			.select(['user_id'])
			.where('kind', '=', 'lockout')
			.execute();
		expect(lockouts).toEqual([{ user_id: userId }]);
	});
});
