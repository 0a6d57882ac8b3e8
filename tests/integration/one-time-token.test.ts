import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { consumeToken, createOneTimeToken, findValidToken } from '../../src/lib/server/auth/one-time-token';
import { createUser } from '../../src/lib/server/auth/users';
import { useTestDatabase } from '../helpers/test-database';

const MINUTE = 60 * 1000;
const start = new Date('2026-11-02T08:00:00.000Z');
const after = (ms: number) => new Date(start.getTime() + ms);

describe('one-time tokens for reset, invitation and email change links', () => {
	const t = useTestDatabase();
	let userId: number;

	beforeAll(async () => {
		userId = await createUser(t.db, { email: 'leitung@jugendhaus-zittau.de', name: 'Leitung', role: 'partner' });
	});

	it('stores only the SHA-256 of the token, never the token itself', async () => {
		const { token } = await createOneTimeToken(t.db, userId, 'invitation', { now: start });
		const rows = await t.db
			.selectFrom('one_time_tokens')
			.select(['token_hash'])
			.where('purpose', '=', 'invitation')
			.execute();
		expect(rows.map((r) => Buffer.from(r.token_hash))).toEqual([createHash('sha256').update(token).digest()]);
	});

	it('lets a reset link be used exactly once', async () => {
		const { token } = await createOneTimeToken(t.db, userId, 'password_reset', { now: start });
		const first = await consumeToken(t.db, 'password_reset', token, after(MINUTE));
		expect(first?.userId).toBe(userId);
		expect(await consumeToken(t.db, 'password_reset', token, after(2 * MINUTE))).toBeNull();
	});

	it('lets exactly one of two simultaneous uses of the same link succeed', async () => {
		const { token } = await createOneTimeToken(t.db, userId, 'password_reset', { now: start });
		const results = await Promise.all([
			consumeToken(t.db, 'password_reset', token, after(MINUTE)),
			consumeToken(t.db, 'password_reset', token, after(MINUTE))
		]);
		expect(results.filter((r) => r !== null)).toHaveLength(1);
	});

	it('refuses a reset link after one hour', async () => {
		const { token, expiresAt } = await createOneTimeToken(t.db, userId, 'password_reset', { now: start });
		expect(expiresAt).toEqual(after(60 * MINUTE));
		expect(await findValidToken(t.db, 'password_reset', token, after(59 * MINUTE))).not.toBeNull();
		expect(await consumeToken(t.db, 'password_reset', token, after(60 * MINUTE))).toBeNull();
	});

	it('shows a link as valid without using it up', async () => {
		const { token } = await createOneTimeToken(t.db, userId, 'invitation', {
			now: start,
			payload: '{"organizationId":7}'
		});
		expect((await findValidToken(t.db, 'invitation', token, after(MINUTE)))?.payload).toBe('{"organizationId":7}');
		expect((await consumeToken(t.db, 'invitation', token, after(MINUTE)))?.userId).toBe(userId);
		expect(await findValidToken(t.db, 'invitation', token, after(MINUTE))).toBeNull();
	});

	it('refuses a token presented for another purpose', async () => {
		const { token } = await createOneTimeToken(t.db, userId, 'invitation', { now: start });
		expect(await consumeToken(t.db, 'password_reset', token, after(MINUTE))).toBeNull();
		expect(await consumeToken(t.db, 'invitation', token, after(MINUTE))).not.toBeNull();
	});

	it('withdraws the older reset link when a new one is requested', async () => {
		const older = await createOneTimeToken(t.db, userId, 'password_reset', { now: start });
		const newer = await createOneTimeToken(t.db, userId, 'password_reset', { now: after(MINUTE) });
		expect(await consumeToken(t.db, 'password_reset', older.token, after(2 * MINUTE))).toBeNull();
		expect(await consumeToken(t.db, 'password_reset', newer.token, after(2 * MINUTE))).not.toBeNull();
	});

	it('refuses an unknown token', async () => {
		expect(
			await consumeToken(t.db, 'password_reset', 'abcdefghijklmnopqrstuvwxyz234567', after(MINUTE))
		).toBeNull();
	});
});
