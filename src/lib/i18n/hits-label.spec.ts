import { afterEach, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale, type Locale } from '$lib/paraglide/runtime';
import { hitsLabel } from './hits-label';

const original = getLocale;
const labelsIn = (locale: Locale, counts: number[]) => {
	overwriteGetLocale(() => locale);
	return counts.map(hitsLabel);
};

describe('the word after a filter count', () => {
	afterEach(() => overwriteGetLocale(original));

	it('follows each language’s plural forms, whichever count came first', () => {
		expect(labelsIn('de', [1, 7])).toEqual(['Treffer', 'Treffer']);
		expect(labelsIn('en', [2, 1, 13])).toEqual(['results', 'result', 'results']);
		expect(labelsIn('pl', [5, 1, 3, 12, 22, 25])).toEqual([
			'wyników',
			'wynik',
			'wyniki',
			'wyników',
			'wyniki',
			'wyników'
		]);
		expect(labelsIn('cs', [1, 4, 5, 0])).toEqual(['výsledek', 'výsledky', 'výsledků', 'výsledků']);
	});
});
