import { describe, expect, it } from 'vitest';
import { buildTextQueryWords } from './text-query';

describe('buildTextQueryWords', () => {
	it('takes the title first, then what is looked for, then the summary, each word once and no filler like "alle"', () => {
		const query = buildTextQueryWords({
			title: 'Sicherer Schulweg',
			lookingFor: 'Polizei und Verkehrswacht',
			summary: 'Ein sicherer Schulweg für alle Kinder.'
		});
		expect(query).toEqual(['Sicherer', 'Schulweg', 'Polizei', 'Verkehrswacht', 'Kinder']);
	});

	it('stops at ten words', () => {
		const query = buildTextQueryWords({
			title: 'eins zwei drei vier fünf sechs sieben acht neun zehn elf',
			lookingFor: '',
			summary: ''
		});
		expect(query).toHaveLength(10);
		expect(query).not.toContain('elf');
	});

	it('leaves out stop words and punctuation but keeps hyphenated words', () => {
		expect(
			buildTextQueryWords({ title: 'Mit der Polizei – für Anti-Mobbing!', lookingFor: '', summary: '' })
		).toEqual(['Polizei', 'Anti-Mobbing']);
	});
});
