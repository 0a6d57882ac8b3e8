import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateHOTP, generateTOTP } from '@oslojs/otp';
import { Migrator } from 'kysely';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { migrations } from '../../migrations/index';
import { beginTotpSetup, confirmTotpSetup, verifyUserTotp } from '../../src/lib/server/auth/totp';
import { createUser } from '../../src/lib/server/auth/users';
import { openDatabase, type DB } from '../../src/lib/server/db/connection';
import { migrateToLatest } from '../../src/lib/server/db/migrate';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kpr-totp-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const contains = (haystack: Uint8Array, needle: Uint8Array) => Buffer.from(haystack).includes(Buffer.from(needle));
/** The TOTP key as the users table holds it. */
const storedKey = async (db: DB, userId: number) =>
	(await db.selectFrom('users').select('totp_key').where('id', '=', userId).executeTakeFirstOrThrow()).totp_key!;

/**
 * getTotpSecret of a module imported anew: the module keeps the first secret it reads, and the test files
 * before this one in the same vitest worker may have read one.
 */
async function freshGetTotpSecret() {
	vi.resetModules();
	return (await import('../../src/lib/server/auth/totp-key-cipher')).getTotpSecret;
}

describe('TOTP keys at rest', () => {
	it('refuses to run in production without TOTP_ENCRYPTION_KEY', async () => {
		const getTotpSecret = await freshGetTotpSecret();
		expect(() => getTotpSecret({ NODE_ENV: 'production', ORIGIN: 'https://kpr.example.org' })).toThrow(
			/TOTP_ENCRYPTION_KEY/
		);
	});

	it('generates a private key into the data folder when none is configured (demo, development)', async () => {
		const getTotpSecret = await freshGetTotpSecret();
		const secret = getTotpSecret({ DATA_DIR: dir });
		expect(secret.byteLength).toBe(32);
		expect(fs.statSync(path.join(dir, 'totp-encryption.key')).mode & 0o777).toBe(0o600);
	});

	it('stores a new key sealed, and still accepts codes from the app', async () => {
		const db = openDatabase(path.join(dir, 'new.db'));
		try {
			await migrateToLatest(db);
			const userId = await createUser(db, { email: 'anna@schule.example', name: 'Anna', role: 'partner' });
			const key = (await beginTotpSetup(db, userId))!;
			expect(contains(await storedKey(db, userId), key)).toBe(false);
			const now = new Date();
			expect(await confirmTotpSetup(db, userId, generateTOTP(key, 30, 6), now)).toHaveLength(10);
			const next = BigInt(Math.floor(now.getTime() / 30_000) + 1);
			expect(await verifyUserTotp(db, userId, generateHOTP(key, next, 6), new Date(now.getTime() + 30_000))).toBe(
				true
			);
		} finally {
			await db.destroy();
		}
	});

	it('seals the keys stored in plain text before, and the second factor keeps working', async () => {
		const db = openDatabase(path.join(dir, 'old.db'));
		try {
			await new Migrator({ db, provider: { getMigrations: async () => migrations } }).migrateTo(
				'2026_12_02_1000_video_chunks'
			);
			const key = crypto.getRandomValues(new Uint8Array(20));
			const userId = await createUser(db, {
				email: 'koordination@zittau.example',
				name: 'K',
				role: 'coordinator'
			});
			await db
				.updateTable('users')
				.set({ totp_key: key, totp_enabled_at: new Date().toISOString() })
				.where('id', '=', userId)
				.execute();

			await migrateToLatest(db);

			expect(contains(await storedKey(db, userId), key)).toBe(false);
			expect(await verifyUserTotp(db, userId, generateTOTP(key, 30, 6))).toBe(true);
		} finally {
			await db.destroy();
		}
	});
});
