import { describe, expect, it } from 'vitest';
import { closestStreet, rankSuggestions } from './nearest';

describe('nearest streets', () => {
	const streets = [
		{ key: 'hochwaldstrasse', name: 'Hochwaldstraße' },
		{ key: 'schillerstrasse', name: 'Schillerstraße' },
		{ key: 'schulstrasse', name: 'Schulstraße' }
	];

	it('takes the one street within a few typos', () => {
		expect(closestStreet('hochwaldstrase', streets)?.name).toBe('Hochwaldstraße');
	});

	it('takes none when two streets are equally close', () => {
		const twins = [
			{ key: 'lindenweg', name: 'Lindenweg' },
			{ key: 'lundenweg', name: 'Lundenweg' }
		];
		expect(closestStreet('landenweg', twins)).toBeNull();
	});

	it('does not let the common "straße" make unrelated streets look alike', () => {
		expect(rankSuggestions('weinaustrasse', streets)).toEqual([]);
		expect(rankSuggestions('schil', streets)).toEqual(['Schillerstraße']);
		expect(rankSuggestions('hochwaldweg', streets)).toEqual(['Hochwaldstraße']);
	});
});
