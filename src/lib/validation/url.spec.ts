import { describe, expect, it } from 'vitest';
import { isWebAddress, parseWebAddress } from './url';

describe('parseWebAddress', () => {
	it('completes an address typed without a scheme', () => {
		expect(parseWebAddress('www.zittau.de')).toBe('https://www.zittau.de');
		expect(parseWebAddress('http://verein.de/seite')).toBe('http://verein.de/seite');
	});

	it('refuses other schemes, hosts without a dot and spaces', () => {
		expect(parseWebAddress('javascript:alert(1)')).toBeUndefined();
		expect(parseWebAddress('https://localhost')).toBeUndefined();
		expect(parseWebAddress('www.zittau .de')).toBeUndefined();
	});
});

describe('isWebAddress', () => {
	it('accepts http and https addresses with a dotted host', () => {
		expect(isWebAddress('https://meet.example.org/ag')).toBe(true);
		expect(isWebAddress('http://verein.de')).toBe(true);
	});

	it('asks for https when told so, and never completes an address', () => {
		expect(isWebAddress('http://verein.de', { httpsOnly: true })).toBe(false);
		expect(isWebAddress('www.verein.de')).toBe(false);
		expect(isWebAddress('https://verein')).toBe(false);
	});
});
