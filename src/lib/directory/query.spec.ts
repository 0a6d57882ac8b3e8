import { describe, expect, it } from 'vitest';
import { DEFAULT_QUERY, directoryQueryToParams, parseDirectoryQuery } from './query';

const parse = (search: string) => parseDirectoryQuery(new URLSearchParams(search));

describe('parseDirectoryQuery', () => {
	it('reads an empty URL as the default query', () => {
		expect(parse('')).toEqual(DEFAULT_QUERY);
	});

	it('trims the search text and collapses its whitespace', () => {
		expect(parse('q=%20%20Hilfe%20%09bei%0A%0AMobbing%20').q).toBe('Hilfe bei Mobbing');
	});

	it('removes control characters from the search text', () => {
		expect(parse('q=Poli%00zei%E2%80%8B').q).toBe('Poli zei');
	});

	it('cuts the search text at 200 characters', () => {
		const q = parse(`q=${'a'.repeat(500)}`).q;
		expect(q).toHaveLength(200);
	});

	it('collects repeated facet parameters', () => {
		expect(parse('thema=mobbing&thema=einbruchschutz').thema).toEqual(['mobbing', 'einbruchschutz']);
	});

	it('keeps only lower-case letters, digits and hyphens in facet values', () => {
		expect(parse('kategorie=Polizei%22%20OR%201%3D1&ortsteil=%C3%96lsa').kategorie).toEqual(['polizeior11']);
		expect(parse('ortsteil=%C3%96lsa').ortsteil).toEqual(['lsa']);
	});

	it('drops empty and duplicate facet values', () => {
		expect(parse('sprache=&sprache=de&sprache=DE&sprache=%21%21').sprache).toEqual(['de']);
	});

	it('takes at most 20 values of one facet', () => {
		const many = Array.from({ length: 50 }, (_, i) => `zielgruppe=g${i}`).join('&');
		expect(parse(many).zielgruppe).toHaveLength(20);
	});

	it.each(['1', 'ja', 'true', 'on', 'JA', ' on '])(
		'reads barrierefrei=%s as a wish for accessible places',
		(value) => {
			expect(parse(`barrierefrei=${encodeURIComponent(value)}`).barrierefrei).toBe(true);
		}
	);

	it.each(['0', 'nein', '', 'yes-please'])('ignores barrierefrei=%s', (value) => {
		expect(parse(`barrierefrei=${value}`).barrierefrei).toBe(false);
	});

	it('accepts the sort orders it knows and falls back to relevance', () => {
		expect(parse('sort=name').sort).toBe('name');
		expect(parse('sort=relevanz').sort).toBe('relevanz');
		expect(parse('sort=price').sort).toBe('relevanz');
	});

	it('reads the page as a positive integer and otherwise starts at page 1', () => {
		expect(parse('seite=3').seite).toBe(3);
		for (const bad of ['0', '-2', '1.5', 'zwei', '', '3e2']) expect(parse(`seite=${bad}`).seite).toBe(1);
	});

	it('caps the page at 1000', () => {
		expect(parse('seite=99999999999999999999').seite).toBe(1000);
	});
});

describe('directoryQueryToParams', () => {
	it('leaves out every default', () => {
		expect(directoryQueryToParams(DEFAULT_QUERY).toString()).toBe('');
	});

	it('writes a canonical URL that parses back to the same query', () => {
		const query = parse('seite=2&sort=name&barrierefrei=ja&thema=mobbing&thema=einbruchschutz&q=Polizei');
		const params = directoryQueryToParams(query);
		expect(params.toString()).toBe('q=Polizei&thema=einbruchschutz&thema=mobbing&barrierefrei=1&sort=name&seite=2');
		expect(parseDirectoryQuery(params)).toEqual({ ...query, thema: ['einbruchschutz', 'mobbing'] });
	});

	it('keeps the page when only the page changes', () => {
		const query = parse('q=Polizei&seite=2');
		expect(directoryQueryToParams(query, { seite: 3 }).get('seite')).toBe('3');
	});

	it('starts again at page 1 when a filter changes', () => {
		const query = parse('q=Polizei&seite=4');
		const params = directoryQueryToParams(query, { thema: ['mobbing'] });
		expect(params.has('seite')).toBe(false);
		expect(params.getAll('thema')).toEqual(['mobbing']);
	});
});
