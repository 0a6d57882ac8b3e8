import { beforeAll, describe, expect, it } from 'vitest';
import {
	isResetTokenValid,
	requestPasswordReset,
	resetPassword,
	type ResetLimiters
} from '../../src/lib/server/auth/password-reset';
import { verifyPassword } from '../../src/lib/server/auth/password';
import { KeyedLimiter } from '../../src/lib/server/auth/rate-limit';
import { createSession, validateSessionToken } from '../../src/lib/server/auth/session';
import { createUser, disableUser } from '../../src/lib/server/auth/users';
import { findLinks } from '../../src/lib/server/mail/links';
import { useMailTest } from '../helpers/mail-test';

const origin = 'https://kpr.example';
const address = '203.0.113.9';
const limits = (): ResetLimiters => ({
	accounts: new KeyedLimiter({ limit: 3, windowMs: 60_000, blockMs: 60_000 }),
	addresses: new KeyedLimiter({ limit: 10, windowMs: 60_000, blockMs: 60_000 })
});

describe('resetting a forgotten password', () => {
	const setup = useMailTest('KPR <noreply@kpr.example>');
	let userId: number;
	const seen = new Set<string>();

	beforeAll(async () => {
		userId = await createUser(setup.db, {
			email: 'ben@jugend.example',
			name: 'Ben',
			role: 'partner',
			password: 'Der alte lange Satz'
		});
		const disabled = await createUser(setup.db, {
			email: 'aus@jugend.example',
			name: 'Aus',
			role: 'partner',
			password: 'Der alte lange Satz'
		});
		await disableUser(setup.db, disabled);
	});

	async function requestLink(email: string): Promise<string> {
		const result = requestPasswordReset(
			setup.db,
			{ email, address, origin },
			{ mailer: setup.mailer, limits: limits() }
		);
		if (result.kind !== 'accepted') throw new Error('throttled');
		await result.delivery;
		const mail = await setup.smtp.waitForMail((m) => m.to.includes('ben@jugend.example') && !seen.has(m.raw));
		seen.add(mail.raw);
		return findLinks(mail.text)[0];
	}

	it('mails a registered person a one-hour link to /passwort-vergessen/<token> and logs the request', async () => {
		const link = await requestLink('Ben@Jugend.example');
		expect(link).toMatch(/^https:\/\/kpr\.example\/passwort-vergessen\/[a-z2-7]{32}$/);
		const requests = await setup.db
			.selectFrom('auth_events')
			.select(['user_id'])
			.where('kind', '=', 'password_reset_requested')
			.execute();
		expect(requests).toContainEqual({ user_id: userId });
	});

	it('sends nothing for an unknown or disabled email, yet accepts the request the same way', async () => {
		for (const email of ['niemand@jugend.example', 'aus@jugend.example']) {
			const result = requestPasswordReset(
				setup.db,
				{ email, address, origin },
				{ mailer: setup.mailer, limits: limits() }
			);
			expect(result.kind).toBe('accepted');
			if (result.kind === 'accepted') await result.delivery;
		}
		expect(setup.smtp.messages.filter((m) => !m.to.includes('ben@jugend.example'))).toEqual([]);
	});

	it('refuses the fourth request for one email within the hour', async () => {
		const own = limits();
		const answers = [1, 2, 3, 4].map(() =>
			requestPasswordReset(
				setup.db,
				{ email: 'x@y.example', address, origin },
				{ mailer: setup.mailer, limits: own }
			)
		);
		await Promise.all(answers.map((a) => (a.kind === 'accepted' ? a.delivery : undefined)));
		expect(answers.map((a) => a.kind)).toEqual(['accepted', 'accepted', 'accepted', 'throttled']);
	});

	it('keeps the link when the new password is too weak, then sets it, ends all sessions and uses the link up', async () => {
		const token = new URL(await requestLink('ben@jugend.example')).pathname.split('/').pop()!;
		const { token: session } = await createSession(setup.db, userId);

		expect(await resetPassword(setup.db, { token, password: 'zu kurz', address })).toMatchObject({
			kind: 'weak_password'
		});
		expect(await isResetTokenValid(setup.db, token)).toBe(true);

		expect(await resetPassword(setup.db, { token, password: 'Ein ganz neuer Satz', address })).toEqual({
			kind: 'success'
		});
		const row = await setup.db
			.selectFrom('users')
			.select(['password_hash'])
			.where('id', '=', userId)
			.executeTakeFirstOrThrow();
		expect(await verifyPassword(row.password_hash!, 'Ein ganz neuer Satz')).toBe(true);
		expect(await validateSessionToken(setup.db, session)).toBeNull();

		expect(await isResetTokenValid(setup.db, token)).toBe(false);
		expect(await resetPassword(setup.db, { token, password: 'Noch ein anderer Satz', address })).toEqual({
			kind: 'invalid_token'
		});
	});

	it('only the newest link works', async () => {
		const first = new URL(await requestLink('ben@jugend.example')).pathname.split('/').pop()!;
		const second = new URL(await requestLink('ben@jugend.example')).pathname.split('/').pop()!;
		expect(await isResetTokenValid(setup.db, first)).toBe(false);
		expect(await isResetTokenValid(setup.db, second)).toBe(true);
	});
});
