import { describe, expect, it } from 'vitest';
import { DEFAULT_QUERY } from '../src/lib/directory/query';
import { buildFacets, clampPage, cropWords, withKnownCodes, type TaxonomyLabels } from './directory-result';

const terms: TaxonomyLabels = {
	kategorie: [
		{ code: 'polizei', label: 'Polizei' },
		{ code: 'schule', label: 'Schule' },
		{ code: 'kita', label: 'Kita' }
	],
	thema: [{ code: 'mobbing', label: 'Mobbing' }],
	zielgruppe: [],
	ortsteil: [],
	sprache: []
};

describe('directory result helpers', () => {
	it('drops facet values no taxonomy knows', () => {
		const query = { ...DEFAULT_QUERY, kategorie: ['polizei', 'erfunden'], thema: ['mobbing'] };
		expect(withKnownCodes(query, terms)).toMatchObject({ kategorie: ['polizei'], thema: ['mobbing'] });
	});

	it('lists facet values in taxonomy order, leaving out empty ones unless selected', () => {
		const query = { ...DEFAULT_QUERY, kategorie: ['kita'] };
		const none = {};
		const counts = {
			kategorie: { schule: 3, polizei: 2 },
			thema: none,
			zielgruppe: none,
			ortsteil: none,
			sprache: none,
			barrierefrei: 4
		};
		expect(buildFacets(query, terms, counts)).toMatchObject({
			kategorie: [
				{ code: 'polizei', label: 'Polizei', count: 2, selected: false },
				{ code: 'schule', label: 'Schule', count: 3, selected: false },
				{ code: 'kita', label: 'Kita', count: 0, selected: true }
			],
			thema: [],
			barrierefrei: { count: 4, selected: false }
		});
	});

	it('crops a long text after 24 words and marks the cut', () => {
		const long = Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ');
		expect(cropWords(long).split(' ')).toHaveLength(24);
		expect(cropWords(long).endsWith('w23…')).toBe(true);
		expect(cropWords('  kurz  und   knapp ')).toBe('kurz und knapp');
	});

	it('keeps the page inside the results and at 1 when there are none', () => {
		expect(clampPage(3, 45)).toBe(3);
		expect(clampPage(9, 45)).toBe(5);
		expect(clampPage(4, 0)).toBe(1);
	});
});
