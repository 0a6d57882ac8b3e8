import { describe, expect, it } from 'vitest';
import { parseByteRange } from './byte-range';

describe('parseByteRange', () => {
	it('reads the ranges a video player asks for', () => {
		expect(parseByteRange('bytes=0-', 1000)).toEqual({ start: 0, end: 999 });
		expect(parseByteRange('bytes=100-199', 1000)).toEqual({ start: 100, end: 199 });
		expect(parseByteRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 });
		expect(parseByteRange('bytes=900-5000', 1000)).toEqual({ start: 900, end: 999 });
	});

	it('serves the whole file without a usable header and refuses ranges outside it', () => {
		expect(parseByteRange(null, 1000)).toBeNull();
		expect(parseByteRange('bytes=0-10,20-30', 1000)).toBeNull();
		expect(parseByteRange('bytes=1000-', 1000)).toBe('unsatisfiable');
		expect(parseByteRange('bytes=50-10', 1000)).toBe('unsatisfiable');
	});
});
