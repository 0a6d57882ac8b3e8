import { describe, expect, it } from 'vitest';
import { buildTextQuery } from './text-query';

describe('buildTextQuery', () => {
	it('takes the title first, then what is looked for, then the summary, each word once', () => {
		const query = buildTextQuery({
			title: 'Sicherer Schulweg',
			lookingFor: 'Polizei und Verkehrswacht',
			summary: 'Ein sicherer Schulweg für alle Kinder.'
		});
		expect(query).toBe('Sicherer Schulweg Polizei Verkehrswacht alle Kinder');
	});

	it('stops at ten words, because Meilisearch ignores the rest', () => {
		const query = buildTextQuery({ title: 'eins zwei drei vier fünf sechs sieben acht neun zehn elf', lookingFor: '', summary: '' });
		expect(query.split(' ')).toHaveLength(10);
		expect(query).not.toContain('elf');
	});

	it('leaves out stop words and punctuation but keeps hyphenated words', () => {
		expect(buildTextQuery({ title: 'Mit der Polizei – für Anti-Mobbing!', lookingFor: '', summary: '' })).toBe('Polizei Anti-Mobbing');
	});
});
