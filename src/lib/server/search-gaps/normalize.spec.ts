import { describe, expect, it } from 'vitest';
import { normalizeGapQuery, weekOf } from './normalize';

describe('the stored form of a search text', () => {
	it('is trimmed, lower case, with single spaces and at most 100 characters', () => {
		expect(normalizeGapQuery('  Häusliche   GEWALT \n')).toBe('häusliche gewalt');
		expect(normalizeGapQuery('x'.repeat(150))).toHaveLength(100);
	});

	it('is nothing for what looks like personal data', () => {
		for (const q of ['max.muster@example.org', '0171 2345678', '+49 3583 123', 'kunde 12345', '03583/77-0123']) {
			expect(normalizeGapQuery(q), q).toBeNull();
		}
		expect(normalizeGapQuery('   ')).toBeNull();
		expect(normalizeGapQuery('!!!')).toBeNull();
		expect(normalizeGapQuery('02763 zittau')).toBeNull();
		expect(normalizeGapQuery('112')).toBe('112');
	});
});

describe('the week of a search', () => {
	it('is the Monday of its ISO week', () => {
		expect(weekOf(new Date('2026-12-03T23:59:00Z'))).toBe('2026-11-30');
		expect(weekOf(new Date('2026-11-30T00:00:00Z'))).toBe('2026-11-30');
		expect(weekOf(new Date('2026-12-06T12:00:00Z'))).toBe('2026-11-30');
		expect(weekOf(new Date('2027-01-01T12:00:00Z'))).toBe('2026-12-28');
	});
});
