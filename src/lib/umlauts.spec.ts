import { describe, expect, it } from 'vitest';
import { spellOutUmlauts } from './umlauts';

describe('spellOutUmlauts', () => {
	it('lowers the text and spells out umlauts and ß as German addresses do', () => {
		expect(spellOutUmlauts('Äußere Töpferstraße Über')).toBe('aeussere toepferstrasse ueber');
	});

	it('leaves other accents for the caller to fold', () => {
		expect(spellOutUmlauts('Łužica Élan')).toBe('łužica élan');
	});
});
