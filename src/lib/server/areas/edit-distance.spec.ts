import { describe, expect, it } from 'vitest';
import { allowedTypos, editDistance } from './edit-distance';

describe('editDistance', () => {
	it('counts a missing, an extra and a wrong letter as one each', () => {
		expect(editDistance('hochwaldstrase', 'hochwaldstrasse')).toBe(1);
		expect(editDistance('hochwalldstrasse', 'hochwaldstrasse')).toBe(1);
		expect(editDistance('hochwaldstrasze', 'hochwaldstrasse')).toBe(1);
	});

	it('counts two swapped neighbouring letters as one typo', () => {
		expect(editDistance('hcohwald', 'hochwald')).toBe(1);
	});

	it('is zero only for equal keys and the length for an empty one', () => {
		expect(editDistance('markt', 'markt')).toBe(0);
		expect(editDistance('', 'markt')).toBe(5);
	});

	it('allows more typos in longer keys', () => {
		expect([allowedTypos(4), allowedTypos(6), allowedTypos(15)]).toEqual([0, 1, 2]);
	});
});
