import { describe, expect, it } from 'vitest';
import { logAuthEvent } from '../../src/lib/server/auth/events';
import { createUser } from '../../src/lib/server/auth/users';
import { useTestDatabase } from '../helpers/test-database';

describe('the authentication log', () => {
	const t = useTestDatabase();

	it('records a success with the user and the client address', async () => {
		const userId = await createUser(t.db, { email: 'anna@example.org', name: 'Anna', role: 'partner' });
		await logAuthEvent(t.db, 'login_success', {
			userId,
			ip: '192.0.2.1',
			now: new Date('2026-11-02T08:00:00.000Z')
		});
		const rows = await t.db
			.selectFrom('auth_events')
			.select(['kind', 'user_id', 'ip', 'created_at'])
			.where('user_id', '=', userId)
			.execute();
		expect(rows).toEqual([
			{ kind: 'login_success', user_id: userId, ip: '192.0.2.1', created_at: '2026-11-02T08:00:00.000Z' }
		]);
	});

	it('records a failure for an unknown email without naming any user', async () => {
		await logAuthEvent(t.db, 'login_failure', { ip: '198.51.100.7' });
		const row = await t.db
			.selectFrom('auth_events')
			.select(['user_id'])
			.where('ip', '=', '198.51.100.7')
			.executeTakeFirst();
		expect(row).toEqual({ user_id: null });
	});

	it('keeps the log when the account is deleted, without the link to it', async () => {
		const userId = await createUser(t.db, { email: 'bernd@example.org', name: 'Bernd', role: 'partner' });
		await logAuthEvent(t.db, 'account_deleted', { userId, ip: '203.0.113.5' });
		await t.db.deleteFrom('users').where('id', '=', userId).execute();
		const row = await t.db
			.selectFrom('auth_events')
			.select(['kind', 'user_id'])
			.where('ip', '=', '203.0.113.5')
			.executeTakeFirst();
		expect(row).toEqual({ kind: 'account_deleted', user_id: null });
	});
});
