import { describe, expect, it } from 'vitest';
import { combineStreetLists, diffStreetLists, isUnchanged } from './street-diff';
import { ELEVEN_STREET_NAMES, zittauStreet as street } from '../../../../tests/fixtures/streets';

const eleven = ELEVEN_STREET_NAMES.map((name) => street(name));
const file = [street('Markt', 1, 20), street('Karl-Liebknecht-Ring')];

describe('a street import', () => {
	it('adding two lines to eleven streets keeps the other nine, Töpferberg among them', () => {
		const result = combineStreetLists(eleven, file, 'add');
		expect(result.map((s) => s.streetName)).toContain('Töpferberg');
		expect(result).toHaveLength(12);
		const diff = diffStreetLists(eleven, result);
		expect(diff.added.map((s) => s.streetName)).toEqual(['Karl-Liebknecht-Ring']);
		expect(diff.changed).toEqual([{ street: 'Markt', before: [street('Markt')], after: [street('Markt', 1, 20)] }]);
		expect(diff.removed).toEqual([]);
		expect(diff.unchanged).toBe(10);
	});

	it('replacing the list names every street that will be removed', () => {
		const diff = diffStreetLists(eleven, combineStreetLists(eleven, file, 'replace'));
		expect(diff.removed).toHaveLength(10);
		expect(diff.removed.map((s) => s.streetName)).toContain('Töpferberg');
		expect(diff.added).toHaveLength(1);
		expect(diff.changed).toHaveLength(1);
	});

	it('treats "Str." and "Straße" as the same street and the same lines in another order as no change', () => {
		const before = [street('Bautzner Straße', 1, 9), street('Bautzner Straße', 10, 20)];
		const after = [street('Bautzner Straße', 10, 20), street('Bautzner Straße', 1, 9)];
		expect(isUnchanged(diffStreetLists(before, after))).toBe(true);
		expect(combineStreetLists(before, [street('Bautzner Str.')], 'add')).toEqual([street('Bautzner Str.')]);
	});
});
