import { describe, expect, it } from 'vitest';
import { isPhoneNumber } from './phone';

describe('isPhoneNumber', () => {
	it('accepts the ways numbers are written in Zittau', () => {
		for (const number of ['03583 752-0', '+49 3583 7520', '(03583) 75 20', '03583/7520', '0170 – 1234567']) {
			expect(isPhoneNumber(number), number).toBe(true);
		}
	});

	it('refuses letters, too few digits and a plus in the middle', () => {
		for (const number of ['Rathaus', '112', '0358+3752', '']) expect(isPhoneNumber(number), number).toBe(false);
	});
});
