import { describe, expect, it } from 'vitest';
import { coversNumber, describeRange, rangesOverlap } from './range';

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
		expect(rangesOverlap({ from: null, to: null, parity: 'odd' }, { from: null, to: null, parity: 'even' })).toBe(
			false
		);
		expect(rangesOverlap({ from: 2, to: 2, parity: 'all' }, { from: 1, to: 9, parity: 'odd' })).toBe(false);
		expect(rangesOverlap({ from: 2, to: 3, parity: 'all' }, { from: 1, to: 9, parity: 'odd' })).toBe(true);
	});

	it('are described in German', () => {
		expect(describeRange({ from: 1, to: 49, parity: 'all' })).toBe('Nr. 1–49');
		expect(describeRange({ from: 50, to: null, parity: 'even' })).toBe('gerade Nr. ab 50');
		expect(describeRange({ from: null, to: null, parity: 'odd' })).toBe('ungerade Hausnummern');
		expect(describeRange({ from: null, to: null, parity: 'all' })).toBe('alle Hausnummern');
	});
});
