import { describe, expect, it } from 'vitest';
import { DEFAULT_QUERY } from '../src/lib/directory/query';
import type { TaxonomyLabels } from './directory-result';
import { directoryQueries, wordCountQueries } from './partner-search';

const terms: TaxonomyLabels = {
	kategorie: [],
	thema: [
		{ code: 'suchtpraevention', label: 'Suchtprävention' },
		{ code: 'mobbing', label: 'Mobbing' }
	],
	zielgruppe: [],
	ortsteil: [],
	sprache: []
};
const sortOf = (query: Partial<typeof DEFAULT_QUERY>, boost: string[]) =>
	directoryQueries({ ...DEFAULT_QUERY, ...query }, terms, query.q, { boostTopics: boost })[0].sort;

describe('topics read from the search text', () => {
	it('order equally good text matches by how central those topics are to each partner', () => {
		expect(sortOf({ q: 'Sohn kifft' }, ['suchtpraevention'])).toEqual(['topicCentrality.suchtpraevention:desc']);
	});

	it('give way to topics the citizen chose, and filter nothing', () => {
		const query = directoryQueries({ ...DEFAULT_QUERY, q: 'Sohn kifft' }, terms, 'sucht', {
			boostTopics: ['suchtpraevention']
		})[0];
		expect(query.filter).toEqual([]);
		expect(sortOf({ q: 'Sohn kifft', thema: ['mobbing'] }, ['suchtpraevention'])).toEqual([
			'topicCentrality.mobbing:desc'
		]);
	});

	it('leave a text the vocabulary did not read, and a list without text, as they were', () => {
		expect(sortOf({ q: 'Zittau' }, [])).toBeUndefined();
		expect(sortOf({ q: '' }, ['suchtpraevention'])).toEqual(['nameSort:asc']);
	});
});

describe('the words of a text that found nothing', () => {
	it('are counted one by one, as whole words, within the filters the citizen chose', () => {
		const queries = wordCountQueries({ ...DEFAULT_QUERY, q: 'whos got Pethau', thema: ['mobbing'] }, terms, [
			'whos',
			'got'
		]);
		expect(queries.map((q) => q.q)).toEqual(['whos ', 'got ']);
		expect(queries[0]).toMatchObject({ limit: 0, filter: [['topicCodes = "mobbing"']] });
	});
});
