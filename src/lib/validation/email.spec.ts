import { describe, expect, it } from 'vitest';
import { isEmailAddress } from './email';

describe('isEmailAddress', () => {
	it('accepts an ordinary address and one with a subdomain', () => {
		expect(isEmailAddress('anna@zittau.de')).toBe(true);
		expect(isEmailAddress('a.b+c@mail.stadt.zittau.de')).toBe(true);
	});

	it('refuses an address without a dot after the @, with spaces, or with an empty part', () => {
		expect(isEmailAddress('anna@localhost')).toBe(false);
		expect(isEmailAddress('anna @zittau.de')).toBe(false);
		expect(isEmailAddress('@zittau.de')).toBe(false);
		expect(isEmailAddress('anna@.de')).toBe(false);
		expect(isEmailAddress('anna@zittau.')).toBe(false);
	});

	it('refuses an address longer than 254 characters', () => {
		expect(isEmailAddress(`${'a'.repeat(245)}@zittau.de`)).toBe(false);
	});
});
