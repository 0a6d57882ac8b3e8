import { describe, expect, it } from 'vitest';
import { readVocabularyForm } from './form';
import { formData as formOf } from '../../../../tests/helpers/form-data';

describe('the vocabulary form', () => {
	it('reads one word per line, without blanks or repeats', () => {
		const parsed = readVocabularyForm(
			formOf({
				label: 'Sucht',
				searchTerms: ' sucht  drogen ',
				words: 'kiff*\r\n\r\nkiff*\nprzemoc  domowa',
				topicCodes: 'suchtpraevention',
				danger: 'ja'
			}),
			['suchtpraevention']
		);
		expect(parsed).toEqual({
			ok: true,
			input: {
				label: 'Sucht',
				searchTerms: 'sucht drogen',
				topicCodes: ['suchtpraevention'],
				words: ['kiff*', 'przemoc domowa'],
				danger: true
			}
		});
	});

	it('says in German what is missing and keeps what was typed', () => {
		const parsed = readVocabularyForm(
			formOf({ label: '', searchTerms: '***', words: '', topicCodes: 'erfunden' }),
			['mobbing']
		);
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(Object.keys(parsed.errors).sort()).toEqual(['label', 'searchTerms', 'topicCodes', 'words']);
		expect(parsed.values.searchTerms).toBe('***');
	});
});
