import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password';
import { checkPasswordPolicy } from './password-policy';

const person = { email: 'Maria.Schulze@schule-zittau.de', name: 'Maria Schulze' };

describe('password policy', () => {
	it('accepts a long passphrase without any composition rules', () => {
		expect(checkPasswordPolicy('grüne tannen am oybin', person)).toBeNull();
	});

	it('refuses a password shorter than 12 characters and says how long it must be', () => {
		expect(checkPasswordPolicy('kurz-pass1', person)).toMatch(/mindestens 12 Zeichen/);
	});

	it('counts characters, not UTF-16 units, so twelve emoji are long enough', () => {
		expect(checkPasswordPolicy('🦊🐻🦉🐸🦔🐝🦊🐻🦉🐸🦔🐢', person)).toBeNull();
	});

	it('accepts 64 characters and refuses more than 128', () => {
		expect(checkPasswordPolicy('Lausitzer Gebirge '.repeat(4).slice(0, 64), person)).toBeNull();
		expect(checkPasswordPolicy('x1y2'.repeat(33), person)).toMatch(/höchstens 128 Zeichen/);
	});

	it('refuses a common password regardless of its case', () => {
		expect(checkPasswordPolicy('1q2w3e4r5t6y', person)).toMatch(/sehr verbreitet/);
		expect(checkPasswordPolicy('QazWsxEdcRfv', person)).toMatch(/sehr verbreitet/);
	});

	it('refuses a short word repeated to fill the length', () => {
		expect(checkPasswordPolicy('aaaaaaaaaaaa', person)).toMatch(/sehr verbreitet/);
		expect(checkPasswordPolicy('zittauzittau', person)).toMatch(/sehr verbreitet/);
	});

	it('refuses a password that contains the local part of the email address', () => {
		expect(checkPasswordPolicy('maria.schulze-2026!', person)).toMatch(/Namen oder Ihre E-Mail-Adresse/);
	});

	it('refuses a password equal to the name', () => {
		const longName = { email: 'ms@example.org', name: 'Maria-Magdalena Schulze' };
		expect(checkPasswordPolicy('maria-magdalena schulze', longName)).toMatch(/Namen/);
	});
});

describe('password hashing', () => {
	it('hashes with argon2id at 19 MiB, 2 passes and 1 lane', async () => {
		const hash = await hashPassword('grüne tannen am oybin');
		expect(hash.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true);
	});

	it('verifies the right password and refuses a wrong one', async () => {
		const hash = await hashPassword('grüne tannen am oybin');
		expect(await verifyPassword(hash, 'grüne tannen am oybin')).toBe(true);
		expect(await verifyPassword(hash, 'grüne tannen am oybim')).toBe(false);
	});

	it('gives the same password a different salt each time', async () => {
		const [a, b] = await Promise.all([
			hashPassword('grüne tannen am oybin'),
			hashPassword('grüne tannen am oybin')
		]);
		expect(a).not.toBe(b);
	});
});
