import { describe, expect, it } from 'vitest';
import { allowedTypos, editDistance } from './edit-distance';
import { coversNumber, rangesOverlap } from './range';

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

describe('house-number ranges', () => {
	it('cover numbers within their bounds and on their side only', () => {
		expect(coversNumber({ from: 1, to: 49, parity: 'all' }, 49)).toBe(true);
		expect(coversNumber({ from: 1, to: 49, parity: 'all' }, 50)).toBe(false);
		expect(coversNumber({ from: null, to: null, parity: 'odd' }, 7)).toBe(true);
		expect(coversNumber({ from: null, to: null, parity: 'odd' }, 8)).toBe(false);
		expect(coversNumber({ from: 50, to: null, parity: 'even' }, 1000)).toBe(true);
	});

	it('overlap only where a house number lies in both', () => {
		expect(rangesOverlap({ from: 1, to: 49, parity: 'all' }, { from: 50, to: 199, parity: 'all' })).toBe(false);
		expect(rangesOverlap({ from: 1, to: 50, parity: 'all' }, { from: 50, to: 199, parity: 'all' })).toBe(true);
		expect(rangesOverlap({ from: null, to: null, parity: 'odd' }, { from: null, to: null, parity: 'even' })).toBe(false);
		expect(rangesOverlap({ from: 2, to: 2, parity: 'all' }, { from: 1, to: 9, parity: 'odd' })).toBe(false);
		expect(rangesOverlap({ from: 2, to: 3, parity: 'all' }, { from: 1, to: 9, parity: 'odd' })).toBe(true);
	});
});
