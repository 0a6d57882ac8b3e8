// Tolerance for words the vocabulary does not list in the form typed: an inflection ("narkotyków",
// "šikanovali", "geschlagenen") or a typo ("Ruhestörnug", "Fahradtraining"). Vocabulary words are
// folded (fold.ts), so a missing diacritic is no difference. Everything is looked up in maps built
// once per vocabulary: reading a word costs a few dozen map lookups, not a scan of the vocabulary.

/** A single vocabulary word as the tolerance sees it. */
export interface FuzzyEntry<T> {
	word: string;
	/** `word*`: any word starting with it is meant. */
	prefix: boolean;
	value: T;
}

export interface FuzzyIndex<T> {
	/** Whole words by their stem (an inflection ending cut off). */
	stems: Map<string, FuzzyEntry<T>>;
	/** Words and prefixes by their first HEAD letters, for the shared-prefix rule. */
	heads: Map<string, FuzzyEntry<T>[]>;
	/** Whole words by themselves and each form with one letter deleted: a distance of 1 meets there. */
	wordDeletes: Map<string, FuzzyEntry<T>[]>;
	/** Whole words of TWO_TYPOS_FROM letters or more by their first two, checked for a distance of 2. */
	longWords: Map<string, FuzzyEntry<T>[]>;
	/** Prefixes of MIN_FUZZY_PREFIX letters or more, by themselves and each one-letter deletion. */
	prefixDeletes: Map<string, FuzzyEntry<T>[]>;
	longestPrefix: number;
}

// A word needs this many letters before an inflection or a typo is read into it: below, too many
// other words are one letter away ("Sucht"/"sicht" is the limit).
const HEAD = 5;
const MIN_TYPO_WORD = 5;
// Below this many letters only two neighbouring letters swapped count as a typo ("Suhct"): a letter
// changed, added or dropped makes another everyday word too often ("kläft" is no "klaut").
const MIN_EDIT_WORD = 6;
const TWO_TYPOS_FROM = 9;
// A prefix with a typo stands for a whole family of words ("fahrrad*"): short ones would catch
// unrelated words ("gewalt*" → "Gehalt").
const MIN_FUZZY_PREFIX = 7;
// Case and number endings of German, Polish, Czech and English, folded, longest first. A stem keeps
// at least MIN_STEM letters, so "smrti" is "smrt" but "bije" stays itself.
const ENDINGS = [
	'owie',
	'ami',
	'ach',
	'ego',
	'emu',
	'ych',
	'ymi',
	'imi',
	'owi',
	'iem',
	'ich',
	'ing',
	'ern',
	'eho',
	'ove',
	'ovi',
	'ow',
	'om',
	'ie',
	'ej',
	'ym',
	'im',
	'ou',
	'em',
	'ech',
	'en',
	'er',
	'es',
	'ed',
	'a',
	'e',
	'i',
	'o',
	'u',
	'y',
	'n',
	's'
].sort((a, b) => b.length - a.length);
const MIN_STEM = 4;
// The Polish and Czech "mobile e" of -ek/-ec (and Polish -iec), gone once an ending follows: "zamek",
// a lock, is "zamka", "zamku", "zamki"; "wypadek" is "wypadku", "chłopiec" "chłopca", "otec" "otce".
const MOBILE_E = /(?<=[^aeiouy])i?e([kc])$/;

/**
 * The word without one inflection ending, or the word itself, and without the mobile e of a last
 * syllable -ek/-ec: every form of "zamek" has the stem "zamk". Applied to both sides alike, the
 * mobile e only ever joins forms, never parts two that a stem joined before.
 */
export function stemOf(word: string): string {
	const stem = withoutEnding(word);
	return stem.length > MIN_STEM ? stem.replace(MOBILE_E, '$1') : stem;
}

function withoutEnding(word: string): string {
	for (const ending of ENDINGS)
		if (word.length - ending.length >= MIN_STEM && word.endsWith(ending)) return word.slice(0, -ending.length);
	return word;
}

/** Entries earlier in the list win where two would be read from the same form. */
export function buildFuzzyIndex<T>(entries: FuzzyEntry<T>[]): FuzzyIndex<T> {
	const index: FuzzyIndex<T> = {
		stems: new Map(),
		heads: new Map(),
		wordDeletes: new Map(),
		longWords: new Map(),
		prefixDeletes: new Map(),
		longestPrefix: 0
	};
	for (const entry of entries) {
		const { word, prefix } = entry;
		if (!prefix) {
			const stem = stemOf(word);
			if (!index.stems.has(stem)) index.stems.set(stem, entry);
		}
		if (word.length >= HEAD) push(index.heads, word.slice(0, HEAD), entry);
		if (!prefix && word.length >= MIN_TYPO_WORD) {
			for (const form of deletions(word, 1)) push(index.wordDeletes, form, entry);
			if (word.length >= TWO_TYPOS_FROM - 1) push(index.longWords, word.slice(0, 2), entry);
		}
		if (prefix && word.length >= MIN_FUZZY_PREFIX) {
			for (const form of deletions(word, 1)) push(index.prefixDeletes, form, entry);
			index.longestPrefix = Math.max(index.longestPrefix, word.length);
		}
	}
	return index;
}

/**
 * What a folded word means by tolerance, in this order: the same stem as a vocabulary word (unless
 * both lost an ending to a stem of only four letters: "parku", in the park, is no "parken"); the
 * same first max(5, n − 3) letters as a word or prefix of n letters, when the word typed is not
 * shorter than that word or prefix ("behind" is no "behindert*", "Pflege" no "Pflegerin": a shorter
 * word is another word, not a form); a typo (Damerau–Levenshtein distance 1 from 6 letters, below
 * that only two neighbouring letters swapped; 2 from 9) in a word, or in a prefix of 7 letters or
 * more at its start, with the first letter as typed
 * ("night" is no "fight", "light" no "fight": people rarely mistype a word's first letter) and
 * the word typed not just the prefix's beginning ("chodit", to walk, is no "chodítk*", a baby walker).
 */
export function fuzzyLookup<T>(token: string, index: FuzzyIndex<T>): T | null {
	if (token.length < HEAD || /\d/.test(token)) return null;
	const stem = stemOf(token);
	const sameStem = index.stems.get(stem);
	if (sameStem && (stem.length > MIN_STEM || stem === token || withoutEnding(sameStem.word) === sameStem.word))
		return sameStem.value;
	const shared = index.heads
		.get(token.slice(0, HEAD))
		?.find(
			({ word, prefix }) =>
				token.length >= word.length &&
				commonPrefix(token, word) >= agreement(word.length, prefix ? 0 : token.length)
		);
	if (shared) return shared.value;
	return typoInWord(token, index) ?? typoInPrefix(token, index);
}

function agreement(wordLength: number, tokenLength: number): number {
	return Math.max(HEAD, Math.max(wordLength, tokenLength) - 3);
}

function typoInWord<T>(token: string, index: FuzzyIndex<T>): T | null {
	for (const form of deletions(token, 1)) {
		const entry = index.wordDeletes.get(form)?.find((e) => e.word[0] === token[0] && isOneTypo(token, e.word));
		if (entry) return entry.value;
	}
	if (token.length < TWO_TYPOS_FROM) return null;
	const entry = index.longWords.get(token.slice(0, 2))?.find((e) => {
		const limit = allowedTypos(Math.min(token.length, e.word.length));
		return damerauLevenshtein(token, e.word, limit) <= limit;
	});
	return entry?.value ?? null;
}

function isOneTypo(token: string, word: string): boolean {
	if (damerauLevenshtein(token, word, 1) > 1) return false;
	return Math.min(token.length, word.length) >= MIN_EDIT_WORD || swapsNeighbours(token, word);
}

/** `a` is `b` with two neighbouring letters swapped. */
function swapsNeighbours(a: string, b: string): boolean {
	if (a.length !== b.length) return false;
	const at = [...a].flatMap((letter, i) => (letter === b[i] ? [] : [i]));
	return at.length === 2 && at[1] === at[0] + 1 && a[at[0]] === b[at[1]] && a[at[1]] === b[at[0]];
}

function typoInPrefix<T>(token: string, index: FuzzyIndex<T>): T | null {
	const longest = Math.min(token.length, index.longestPrefix + 1);
	for (let length = longest; length >= MIN_FUZZY_PREFIX - 1; length--) {
		const start = token.slice(0, length);
		for (const form of deletions(start, 1)) {
			const entry = index.prefixDeletes
				.get(form)
				?.find(
					(e) =>
						e.word[0] === start[0] && !e.word.startsWith(token) && damerauLevenshtein(start, e.word, 1) <= 1
				);
			if (entry) return entry.value;
		}
	}
	return null;
}

function allowedTypos(length: number): number {
	if (length >= TWO_TYPOS_FROM) return 2;
	return length >= MIN_TYPO_WORD ? 1 : 0;
}

/** The word and every form of it with up to `depth` letters deleted. */
function deletions(word: string, depth: number): Set<string> {
	const forms = new Set([word]);
	let frontier = [word];
	for (let d = 0; d < depth; d++) {
		const next: string[] = [];
		for (const form of frontier) {
			for (let i = 0; i < form.length; i++) {
				const shorter = form.slice(0, i) + form.slice(i + 1);
				if (!forms.has(shorter)) {
					forms.add(shorter);
					next.push(shorter);
				}
			}
		}
		frontier = next;
	}
	return forms;
}

/** Optimal string alignment distance, or limit + 1 as soon as it must exceed the limit. */
export function damerauLevenshtein(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let previous2: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				value = Math.min(value, previous2[j - 2] + 1);
			current.push(value);
			rowMin = Math.min(rowMin, value);
		}
		if (rowMin > limit) return limit + 1;
		previous2 = previous;
		previous = current;
	}
	return previous[b.length];
}

function commonPrefix(a: string, b: string): number {
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	return i;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}
