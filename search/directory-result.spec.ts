import { describe, expect, it } from 'vitest';
import { DEFAULT_QUERY } from '../src/lib/directory/query';
import type { DirectoryHit, DirectoryResult } from '../src/lib/directory/types';
import {
	buildFacets,
	clampPage,
	cropWords,
	withKnownCodes,
	withLiteralHits,
	type TaxonomyLabels
} from './directory-result';

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

describe('literal hits for a compound read by its known part', () => {
	const hit = (slug: string): DirectoryHit => ({
		slug,
		name: [{ text: slug, mark: false }],
		shortName: null,
		category: { code: 'verein', label: 'Verein' },
		summary: [],
		topics: [],
		ortsteil: null,
		address: null,
		phone: null,
		wheelchairAccessible: false
	});
	const result = (slugs: string[], total = slugs.length) =>
		({ hits: slugs.map(hit), total, pageSize: 5 }) as unknown as DirectoryResult;
	const slugs = (r: DirectoryResult) => r.hits.map((h) => h.slug);

	it('puts the partners who wrote the word after the leading hits by concept, on the first page', () => {
		const merged = withLiteralHits(result(['a', 'b', 'c', 'd', 'e'], 9), result(['x', 'b', 'y', 'z']));
		expect(slugs(merged)).toEqual(['a', 'b', 'c', 'x', 'y']);
		expect(merged.total).toBe(9);
	});

	it('answers with the literal hits when the concept finds nothing, and with the reading when they add nothing', () => {
		expect(slugs(withLiteralHits(result([]), result(['x'])))).toEqual(['x']);
		expect(slugs(withLiteralHits(result(['a', 'x']), result(['x'])))).toEqual(['a', 'x']);
	});
});
