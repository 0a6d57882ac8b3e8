import { describe, expect, it } from 'vitest';
import { stemOf } from './fuzzy';
import { buildPatternIndex, matchAt, type Pattern } from './patterns';
import type { VocabularyConcept } from '../../src/lib/server/vocabulary/types';

const pattern = (label: string, raw: string): Pattern => {
	const prefix = raw.endsWith('*');
	const words = raw.replace('*', '').split(' ');
	const concept: VocabularyConcept = {
		id: 0,
		label,
		searchTerms: label,
		topicCodes: [],
		words: [raw],
		danger: false
	};
	return {
		concept,
		words,
		stems: words.map(stemOf),
		prefix,
		weight: words.length * 100 + words.join(' ').length,
		setting: false
	};
};
const patterns = [
	pattern('Häusliche Gewalt', 'hausliche gewalt'),
	pattern('Häusliche Gewalt', 'gewaltschutz*'),
	pattern('Sucht', 'spielsucht'),
	pattern('Gewalt', 'gewalt*'),
	pattern('Sucht', 'sucht'),
	pattern('Sucht', 'kiff*'),
	pattern('Beratung', 'beratung'),
	pattern('Begegnung', 'z czechami'),
	pattern('Herkunft', 'z czech')
].sort((a, b) => b.weight - a.weight);
const index = buildPatternIndex(patterns);
const read = (text: string) => {
	const tokens = text.split(' ');
	const match = matchAt(tokens, tokens.map(stemOf), 0, index);
	return match && { concept: match.pattern.concept.label, length: match.length };
};

describe('matchAt', () => {
	it('takes the heaviest pattern the words are: a phrase, then the longer prefix', () => {
		expect(read('hausliche gewalt')).toEqual({ concept: 'Häusliche Gewalt', length: 2 });
		expect(read('hauslichen gewalt')).toEqual({ concept: 'Häusliche Gewalt', length: 2 });
		expect(read('gewaltschutzgesetz')).toEqual({ concept: 'Häusliche Gewalt', length: 1 });
		expect(read('gewalttat')).toEqual({ concept: 'Gewalt', length: 1 });
		expect(read('kifft')).toEqual({ concept: 'Sucht', length: 1 });
	});

	it('takes a phrase as typed over a phrase of as many words read through another form', () => {
		// "z Czech" (from Czechia) and "z Czechami" (with Czechs) share their stems.
		expect(read('z czech petardy')).toEqual({ concept: 'Herkunft', length: 2 });
		expect(read('z czechami')).toEqual({ concept: 'Begegnung', length: 2 });
		expect(read('z czechow')).toEqual({ concept: 'Begegnung', length: 2 });
	});

	it('reads a compound by a known word at its start or its end', () => {
		expect(read('suchtberatungsstelle')).toEqual({ concept: 'Sucht', length: 1 });
		expect(read('onlinespielsucht')).toEqual({ concept: 'Sucht', length: 1 });
		expect(read('schuldnerberatung')).toEqual({ concept: 'Beratung', length: 1 });
	});

	it('reads nothing into a word that holds a known word only in its middle, or is too short to be a part', () => {
		expect(read('versuchtes')).toBeNull();
		expect(read('kif')).toBeNull();
		expect(read('hausliche')).toBeNull();
	});
});
