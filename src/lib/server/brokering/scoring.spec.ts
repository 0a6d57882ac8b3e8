import { describe, expect, it } from 'vitest';
import { compareFit, FIT_WEIGHTS, scoreFit, type FitTerms } from './scoring';

const medien = { id: 1, label: 'Medienprävention' };
const jugendschutz = { id: 2, label: 'Jugendschutz' };
const mobbing = { id: 3, label: 'Mobbing' };
const jugendliche = { id: 10, label: 'Jugendliche' };
const eltern = { id: 11, label: 'Eltern und Familien' };
const pethau = { id: 20, label: 'Pethau' };
const eichgraben = { id: 21, label: 'Eichgraben' };
const hirschfelde = { id: 22, label: 'Hirschfelde' };

const proposal: FitTerms = {
	topics: [medien, jugendschutz, mobbing],
	targetGroups: [jugendliche, eltern],
	ortsteile: [pethau, eichgraben, hirschfelde]
};
const nothing: FitTerms = { topics: [], targetGroups: [], ortsteile: [] };

describe('scoreFit', () => {
	it('names the shared topics, in the order of the proposal, with their number', () => {
		const fit = scoreFit(proposal, { ...nothing, topics: [jugendschutz, medien] }, null);
		expect(fit.reasons).toEqual(['2 gemeinsame Themen: Medienprävention, Jugendschutz']);
		expect(fit.score).toBe(2 * FIT_WEIGHTS.topic);
	});

	it('uses the singular for one shared topic and one shared target group', () => {
		const fit = scoreFit(proposal, { ...nothing, topics: [mobbing], targetGroups: [eltern] }, null);
		expect(fit.reasons).toEqual(['1 gemeinsames Thema: Mobbing', '1 gemeinsame Zielgruppe: Eltern und Familien']);
	});

	it('says where else the partner works, joined as a German list', () => {
		expect(scoreFit(proposal, { ...nothing, ortsteile: [pethau] }, null).reasons).toEqual(['auch in Pethau tätig']);
		expect(scoreFit(proposal, { ...nothing, ortsteile: [hirschfelde, pethau, eichgraben] }, null).reasons).toEqual([
			'auch in Pethau, Eichgraben und Hirschfelde tätig'
		]);
	});

	it('quotes the words the full-text search matched, each once and at most four', () => {
		const fit = scoreFit(proposal, nothing, {
			rankingScore: 0.5,
			words: ['Polizei', 'Prävention', 'polizei', 'Schule', 'Eltern', 'Sport']
		});
		expect(fit.reasons).toEqual(['passt laut Volltextsuche zu „Polizei, Prävention, Schule, Eltern“']);
		expect(fit.score).toBe(0.5 * FIT_WEIGHTS.text);
	});

	it('gives nothing and no reason to a partner without anything in common', () => {
		expect(
			scoreFit(proposal, { topics: [{ id: 99, label: 'Einbruchschutz' }], targetGroups: [], ortsteile: [] }, null)
		).toEqual({
			score: 0,
			reasons: []
		});
		expect(scoreFit(proposal, nothing, { rankingScore: 0, words: [] })).toEqual({ score: 0, reasons: [] });
	});

	it('lets one shared topic outweigh the best possible text relevance', () => {
		const byTopic = scoreFit(proposal, { ...nothing, topics: [mobbing] }, null);
		const byText = scoreFit(proposal, nothing, { rankingScore: 1, words: ['Mobbing'] });
		expect(byTopic.score).toBeGreaterThan(byText.score);
	});

	it('lets text relevance break a tie between partners with the same shared terms', () => {
		const terms = { ...nothing, topics: [medien] };
		const withText = scoreFit(proposal, terms, { rankingScore: 0.8, words: ['Medienscouts'] });
		const without = scoreFit(proposal, terms, null);
		expect(withText.score).toBeGreaterThan(without.score);
		expect(withText.reasons).toEqual([
			'1 gemeinsames Thema: Medienprävention',
			'passt laut Volltextsuche zu „Medienscouts“'
		]);
	});
});

describe('compareFit', () => {
	it('sorts the best fit first and equal scores by name', () => {
		const sorted = [
			{ score: 3, name: 'Zeta' },
			{ score: 5, name: 'Beta' },
			{ score: 3, name: 'Ärztehaus' }
		].sort(compareFit);
		expect(sorted.map((c) => c.name)).toEqual(['Beta', 'Ärztehaus', 'Zeta']);
	});

	it('quotes no filler words such as "gegen" or "gehen"', () => {
		const fit = scoreFit(proposal, nothing, { rankingScore: 0.5, words: ['gegen', 'Gewalt', 'gehen', 'Frauen'] });
		expect(fit.reasons).toEqual(['passt laut Volltextsuche zu „Gewalt, Frauen“']);
	});
});
