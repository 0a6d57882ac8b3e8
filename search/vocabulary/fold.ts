// Spelling equivalences, applied the same way to the vocabulary and to what people type: case,
// diacritics (Polish ł included, which Unicode does not decompose), ß/ss and the German ae/oe/ue
// spellings of ä/ö/ü. Only used to compare words; Meilisearch receives the vocabulary's own terms.

const LETTERS = /[\p{L}\p{N}]+/gu;
const SPECIAL: Record<string, string> = { ß: 'ss', ł: 'l', đ: 'd', ø: 'o', æ: 'ae', œ: 'oe' };

export function foldWord(word: string): string {
	return word
		.toLowerCase()
		.replace(/[ßłđøæœ]/g, (c) => SPECIAL[c])
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/ae/g, 'a')
		.replace(/oe/g, 'o')
		.replace(/ue/g, 'u');
}

/** The words of a text, folded; punctuation and hyphens separate words. */
export function foldedWords(text: string): string[] {
	return (text.match(LETTERS) ?? []).map(foldWord);
}
