import { describe, expect, it } from 'vitest';
import { parseProposalQuery, proposalQueryToParams } from '../../proposals/query';
import { buildProposalFilter } from './search-filter';

const LISTED = 'status IN ["open", "in_progress", "completed"]';
const query = (params: string) => parseProposalQuery(new URLSearchParams(params));

describe('buildProposalFilter', () => {
	it('limits citizens to public, listed proposals', () => {
		expect(buildProposalFilter(query(''), 'public')).toEqual([LISTED, 'visibility = "public"']);
	});

	it('lets partners see partners-only proposals, but never drafts or withdrawn ones', () => {
		expect(buildProposalFilter(query(''), 'partners')).toEqual([LISTED]);
	});

	it('adds every chosen filter and quotes its value', () => {
		expect(
			buildProposalFilter(
				query('thema=medienpraevention&zielgruppe=jugendliche&ortsteil=zittau-sued&status=in_progress'),
				'public'
			)
		).toEqual([
			LISTED,
			'visibility = "public"',
			'status = "in_progress"',
			'topicCodes = "medienpraevention"',
			'targetGroupCodes = "jugendliche"',
			'ortsteilCodes = "zittau-sued"'
		]);
		expect(buildProposalFilter(query('thema=a" OR visibility = "partners'), 'public')).toContain(
			'topicCodes = "a\\" OR visibility = \\"partners"'
		);
	});

	it('ignores a status that is not listed, such as a draft', () => {
		expect(buildProposalFilter(query('status=draft'), 'partners')).toEqual([LISTED]);
	});
});

describe('proposal query', () => {
	it('reads the search form and writes it back without empty values', () => {
		const parsed = query('q=+Medien+&thema=mobbing&seite=3&zielgruppe=');
		expect(parsed).toEqual({ q: 'Medien', thema: 'mobbing', zielgruppe: '', ortsteil: '', status: '', seite: 3 });
		expect(proposalQueryToParams(parsed, { seite: 1 }).toString()).toBe('q=Medien&thema=mobbing');
		expect(query('seite=-4').seite).toBe(1);
	});
});
