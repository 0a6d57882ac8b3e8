import { describe, expect, it } from 'vitest';
import { parseDisplayName, parseEmailAddress } from './account-fields';

describe('parseDisplayName', () => {
	it('trims a name and joins inner runs of spaces', () => {
		expect(parseDisplayName('  Erika   Mustermann ')).toEqual({ ok: true, value: 'Erika Mustermann' });
	});

	it('asks for a name when only spaces were typed', () => {
		expect(parseDisplayName('   ')).toEqual({ ok: false, error: 'Bitte geben Sie Ihren Namen ein.' });
	});

	it('refuses names longer than 100 characters and control characters', () => {
		expect(parseDisplayName('a'.repeat(101)).ok).toBe(false);
		expect(parseDisplayName('a'.repeat(100)).ok).toBe(true);
		expect(parseDisplayName('Erika\u0000').ok).toBe(false);
	});
});

describe('parseEmailAddress', () => {
	it('lower-cases and trims an address', () => {
		expect(parseEmailAddress(' Erika.Muster@Schule-Zittau.DE ')).toEqual({
			ok: true,
			value: 'erika.muster@schule-zittau.de'
		});
	});

	it('refuses text without an at sign, without a domain dot, or with spaces inside', () => {
		for (const input of ['erika', 'erika@schule', 'erika muster@schule.de', '@schule.de', 'erika@.de']) {
			expect(parseEmailAddress(input).ok, input).toBe(false);
		}
	});

	it('refuses addresses longer than 254 characters', () => {
		expect(parseEmailAddress(`${'a'.repeat(250)}@b.de`).ok).toBe(false);
	});
});
