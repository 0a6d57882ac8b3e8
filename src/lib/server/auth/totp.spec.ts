import { generateHOTP } from '@oslojs/otp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/helpers/test-env';
import { consumeRecoveryCode, countUnusedRecoveryCodes, regenerateRecoveryCodes } from './recovery-codes';
import { beginTotpSetup, confirmTotpSetup, createTotpUri, verifyTotp, verifyUserTotp } from './totp';
import { createUser } from './users';

// RFC 6238, appendix B: the SHA-1 key and times; six digits are the last six of the eight listed.
const rfcKey = new TextEncoder().encode('12345678901234567890');
const seconds = (s: number) => s * 1000;
const codeAt = (key: Uint8Array, ms: number) => generateHOTP(key, BigInt(Math.floor(ms / 30_000)), 6);

describe('TOTP codes', () => {
	it('accepts the RFC 6238 test codes at their times', () => {
		expect(verifyTotp(rfcKey, '287082', seconds(59))).toBe(1);
		expect(verifyTotp(rfcKey, '081804', seconds(1111111109))).toBe(37037036);
		expect(verifyTotp(rfcKey, '005 924', seconds(1234567890))).toBe(41152263);
	});

	it('accepts a code one step early or late, but not two', () => {
		const at = seconds(1234567890);
		expect(verifyTotp(rfcKey, '005924', at + seconds(30))).toBe(41152263);
		expect(verifyTotp(rfcKey, '005924', at - seconds(30))).toBe(41152263);
		expect(verifyTotp(rfcKey, '005924', at + seconds(60))).toBeNull();
	});

	it('refuses a wrong code and one of the wrong length', () => {
		expect(verifyTotp(rfcKey, '287083', seconds(59))).toBeNull();
		expect(verifyTotp(rfcKey, '94287082', seconds(59))).toBeNull();
		expect(verifyTotp(rfcKey, '', seconds(59))).toBeNull();
	});

	it('names the portal as issuer in the otpauth URI', () => {
		const uri = new URL(createTotpUri(rfcKey, 'koordination@kpr-zittau.de'));
		expect(uri.protocol).toBe('otpauth:');
		expect(uri.searchParams.get('issuer')).toBe('KPR-Portal');
		expect(uri.searchParams.get('secret')).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
		expect(uri.searchParams.get('period')).toBe('30');
		expect(uri.searchParams.get('digits')).toBe('6');
	});
});

describe('two-factor for an account', () => {
	let t: TestDatabase;
	let sequence = 0;
	const now = new Date('2026-11-02T08:00:00.000Z');

	beforeAll(async () => {
		t = await createTestDatabase();
	});
	afterAll(async () => {
		await t.cleanup();
	});

	async function enabledUser(): Promise<{ userId: number; key: Uint8Array; codes: string[] }> {
		sequence += 1;
		const userId = await createUser(t.db, { email: `k${sequence}@kpr-zittau.de`, name: 'K', role: 'coordinator' });
		const key = (await beginTotpSetup(t.db, userId))!;
		const codes = (await confirmTotpSetup(t.db, userId, codeAt(key, now.getTime()), now))!;
		return { userId, key, codes };
	}

	it('is enabled only after a correct first code and then hands out ten recovery codes', async () => {
		const userId = await createUser(t.db, { email: 'neu@kpr-zittau.de', name: 'Neu', role: 'coordinator' });
		const key = await beginTotpSetup(t.db, userId);
		expect(key).toHaveLength(20);
		expect(await confirmTotpSetup(t.db, userId, '000000', now)).toBeNull();
		const codes = await confirmTotpSetup(t.db, userId, codeAt(key!, now.getTime()), now);
		expect(codes).toHaveLength(10);
		expect(new Set(codes).size).toBe(10);
		expect(codes![0]).toMatch(/^[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}$/);
	});

	it('never replaces the key of an enabled account through a new setup', async () => {
		const { userId } = await enabledUser();
		expect(await beginTotpSetup(t.db, userId)).toBeNull();
	});

	it('accepts a login code once and refuses it when replayed', async () => {
		const { userId, key } = await enabledUser();
		const later = new Date(now.getTime() + seconds(30));
		expect(await verifyUserTotp(t.db, userId, codeAt(key, later.getTime()), later)).toBe(true);
		expect(await verifyUserTotp(t.db, userId, codeAt(key, later.getTime()), later)).toBe(false);
		const evenLater = new Date(now.getTime() + seconds(60));
		expect(await verifyUserTotp(t.db, userId, codeAt(key, evenLater.getTime()), evenLater)).toBe(true);
	});

	it('refuses the setup code itself as a login code right after', async () => {
		const { userId, key } = await enabledUser();
		expect(await verifyUserTotp(t.db, userId, codeAt(key, now.getTime()), now)).toBe(false);
	});

	it('stores recovery codes only as hashes', async () => {
		const { userId, codes } = await enabledUser();
		const rows = await t.db
			.selectFrom('recovery_codes')
			.select(['code_hash'])
			.where('user_id', '=', userId)
			.execute();
		expect(rows).toHaveLength(10);
		const stored = rows.map((r) => Buffer.from(r.code_hash).toString('latin1')).join();
		for (const code of codes) expect(stored).not.toContain(code);
	});

	it('lets each recovery code be used once, typed in any case and without dashes', async () => {
		const { userId, codes } = await enabledUser();
		const typed = codes[3]!.toUpperCase().replace(/-/g, ' ');
		expect(await consumeRecoveryCode(t.db, userId, typed)).toBe(true);
		expect(await consumeRecoveryCode(t.db, userId, codes[3]!)).toBe(false);
		expect(await countUnusedRecoveryCodes(t.db, userId)).toBe(9);
	});

	it("refuses another person's recovery code", async () => {
		const anna = await enabledUser();
		const bernd = await enabledUser();
		expect(await consumeRecoveryCode(t.db, bernd.userId, anna.codes[0]!)).toBe(false);
		expect(await consumeRecoveryCode(t.db, anna.userId, anna.codes[0]!)).toBe(true);
	});

	it('makes the old recovery codes useless once new ones are generated', async () => {
		const { userId, codes } = await enabledUser();
		const fresh = await regenerateRecoveryCodes(t.db, userId);
		expect(await consumeRecoveryCode(t.db, userId, codes[0]!)).toBe(false);
		expect(await consumeRecoveryCode(t.db, userId, fresh[0]!)).toBe(true);
	});
});
