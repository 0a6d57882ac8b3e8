import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { describe, expect, it } from 'vitest';
import { formatManualKey } from './two-factor-settings';

describe('formatManualKey', () => {
	it('shows a 20-byte key as eight groups of four upper-case base32 characters', () => {
		const key = new Uint8Array(20).map((_, i) => i * 13);
		const shown = formatManualKey(key);
		expect(shown).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
		expect(decodeBase32IgnorePadding(shown.replace(/ /g, ''))).toEqual(key);
	});
});
