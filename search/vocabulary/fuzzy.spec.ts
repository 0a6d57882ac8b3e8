import { describe, expect, it } from 'vitest';
import { foldWord } from './fold';
import { buildFuzzyIndex, damerauLevenshtein, fuzzyLookup, stemOf } from './fuzzy';

const index = buildFuzzyIndex(
	[
		['sousede', false],
		['smrt', false],
		['ruhestorung', false],
		['interventionsstelle', false],
		['internet', false],
		['antysemit', true],
		['vykraden', true],
		['okrskar', true],
		['fahrrad', true],
		['gewalt', true],
		['sucht', false],
		['klaut', false],
		['fight', false],
		['behindert', true],
		['pflegerin', false],
		['parken', false],
		['choditk', true],
		['counterfeit', true],
		['zamek', false],
		['wypadek', false]
	].map(([word, prefix]) => ({ word: word as string, prefix: prefix as boolean, value: word as string }))
);
const lookup = (typed: string) => fuzzyLookup(foldWord(typed), index);

describe('tolerance for inflections and typos', () => {
	it('cuts one case or number ending off, keeping four letters', () => {
		expect(stemOf('smrti')).toBe('smrt');
		expect(stemOf('sousede')).toBe('soused');
		expect(stemOf('przesladowanie')).toBe(stemOf('przesladowane'));
		expect(stemOf('bije')).toBe('bije');
	});

	it('reads another case of a vocabulary word as that word', () => {
		expect(lookup('smrti')).toBe('smrt');
		expect(lookup('soused')).toBe('sousede');
	});

	it('reads a word sharing the first max(5, n − 3) letters of a word or prefix as it', () => {
		expect(lookup('antysemickie')).toBe('antysemit');
		expect(lookup('vykradli')).toBe('vykraden');
		expect(lookup('okrskový')).toBe('okrskar');
		// "interv…" is not "intern…": a long word must share more than its first five letters.
		expect(lookup('interview')).toBeNull();
	});

	it('forgives one typo from six letters, a swap from five, two from nine, and one in a long prefix', () => {
		expect(lookup('Ruhestörnug')).toBe('ruhestorung');
		expect(lookup('Interventiosstele')).toBe('interventionsstelle');
		expect(lookup('Fahradtraining')).toBe('fahrrad');
		expect(lookup('Suhct')).toBe('sucht');
		// In five letters a changed letter makes another word: the dog that yaps is no thief.
		expect(lookup('kläft')).toBeNull();
		expect(lookup('sicht')).toBeNull();
	});

	it('keeps the first letter of a typo and reads no shorter word as a longer one', () => {
		expect(lookup('fihgt')).toBe('fight');
		expect(lookup('night')).toBeNull();
		expect(lookup('behind')).toBeNull();
		expect(lookup('behinderte')).toBe('behindert');
		expect(lookup('Pflege')).toBeNull();
		expect(lookup('Pflegerinnen')).toBe('pflegerin');
	});

	it('drops the Polish and Czech mobile e of -ek and -ec, on both sides alike', () => {
		expect(stemOf('zamek')).toBe('zamk');
		expect(stemOf('zamka')).toBe('zamk');
		expect(stemOf(foldWord('zámky'))).toBe('zamk');
		expect(stemOf(foldWord('chłopiec'))).toBe(stemOf(foldWord('chłopca')));
		expect(stemOf('bibliothek')).toBe(stemOf('bibliotheken'));
		// A lock in the genitive, an accident in the locative.
		expect(lookup('zamka')).toBe('zamek');
		expect(lookup('wypadku')).toBe('wypadek');
		// "zamknięte" (closed) shares the letters, not the word.
		expect(lookup('zamknięte')).toBeNull();
	});

	it('reads no word by a stem of four letters that both words reach by losing an ending', () => {
		// "parku" (in the park) and "parken" (to park) both cut to "park".
		expect(stemOf('parku')).toBe(stemOf('parken'));
		expect(lookup('parku')).toBeNull();
		expect(lookup('smrti')).toBe('smrt');
	});

	it('reads no word that only begins a long prefix as a typo of it', () => {
		// "chodit" (to walk) is "chodítk*" (a baby walker) without its last letter.
		expect(lookup('chodit')).toBeNull();
		expect(lookup('chodítko')).toBe('choditk');
		expect(lookup('Fahradtraining')).toBe('fahrrad');
		expect(lookup('counterfit')).toBe('counterfeit');
	});

	it('reads nothing into short words, numbers or words far from the vocabulary', () => {
		expect(lookup('Gehalt')).toBeNull();
		expect(lookup('bija')).toBeNull();
		expect(lookup('12345')).toBeNull();
		expect(lookup('Zittau')).toBeNull();
	});

	it('measures Damerau–Levenshtein distance with a transposition as one edit, bounded', () => {
		expect(damerauLevenshtein('ruhestornug', 'ruhestorung', 2)).toBe(1);
		expect(damerauLevenshtein('abc', 'abc', 1)).toBe(0);
		expect(damerauLevenshtein('abcdef', 'uvwxyz', 2)).toBe(3);
	});
});
