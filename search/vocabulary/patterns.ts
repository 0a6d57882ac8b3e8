import type { VocabularyConcept } from '../../src/lib/server/vocabulary/types';

// The vocabulary's words and phrases, and the maps that find the ones a text's word may begin: a
// word is read by a few lookups per letter of it, not by comparing it with every word of the
// vocabulary (several thousand, for each word of a citizen's sentence).

export interface Pattern {
	concept: VocabularyConcept;
	/** Folded words of the phrase; the last may be a prefix. */
	words: string[];
	/** The words' stems: inside a phrase, another case of a word is the same word. */
	stems: string[];
	prefix: boolean;
	/** Longer patterns win: a phrase over a word, "gewaltschutz*" over "gewalt*". */
	weight: number;
	/** A word of SETTING_WORDS: it names where, not what. */
	setting: boolean;
}

/** The patterns by what their first word requires of a text's word; earlier patterns win. */
export interface PatternIndex {
	/** Each pattern's position in weight order. */
	order: Map<Pattern, number>;
	/** Whole single words, and phrases, by their first word. */
	byFirstWord: Map<string, Pattern[]>;
	/** Phrases by their first word's stem. */
	byFirstStem: Map<string, Pattern[]>;
	/** Single prefixes ("kiff*") by themselves. */
	byPrefix: Map<string, Pattern[]>;
	/** Single words and prefixes long enough to start a compound ("sucht" in "Suchtberatung"). */
	compoundStarts: Map<string, Pattern>;
	/** Single whole words long enough to end a compound ("sucht" in "Spielsucht"). */
	compoundEnds: Map<string, Pattern>;
}

// A compound is recognised by a known word at its start or end ("Sucht|beratungsstelle",
// "Spiel|sucht") only when that word is long enough not to occur inside unrelated words by chance.
export const MIN_COMPOUND_PART = 5;

/** `patterns` sorted by weight, heaviest first. */
export function buildPatternIndex(patterns: Pattern[]): PatternIndex {
	const index: PatternIndex = {
		order: new Map(patterns.map((p, i) => [p, i])),
		byFirstWord: new Map(),
		byFirstStem: new Map(),
		byPrefix: new Map(),
		compoundStarts: new Map(),
		compoundEnds: new Map()
	};
	for (const pattern of patterns) {
		const [first] = pattern.words;
		if (pattern.words.length > 1) {
			push(index.byFirstWord, first, pattern);
			push(index.byFirstStem, pattern.stems[0], pattern);
			continue;
		}
		push(pattern.prefix ? index.byPrefix : index.byFirstWord, first, pattern);
		if (first.length < MIN_COMPOUND_PART) continue;
		if (!index.compoundStarts.has(first)) index.compoundStarts.set(first, pattern);
		if (!pattern.prefix && !index.compoundEnds.has(first)) index.compoundEnds.set(first, pattern);
	}
	return index;
}

/**
 * The heaviest pattern that the words from `start` on are: a phrase (another case of a word inside it
 * is the same word, but of two phrases of as many words the one as typed wins: "z Czech", from
 * Czechia, is no "z Czechami", with Czechs), a word, a prefix; failing that, a single word or prefix
 * that begins the word or a single word that ends it ("Suchtberatung", "Spielsucht").
 */
export function matchAt(
	tokens: string[],
	stems: string[],
	start: number,
	index: PatternIndex
): { pattern: Pattern; length: number } | null {
	const token = tokens[start];
	const candidates = [
		...(index.byFirstWord.get(token) ?? []),
		...(index.byFirstStem.get(stems[start]) ?? []),
		...prefixesOf(token).flatMap((prefix) => index.byPrefix.get(prefix) ?? [])
	];
	let best: Pattern | null = null;
	let bestAsTyped = false;
	for (const pattern of candidates) {
		const fit = fitsAt(pattern, tokens, stems, start);
		if (!fit) continue;
		const asTyped = fit === 'as typed';
		const sameLength = best !== null && best.words.length === pattern.words.length;
		if (sameLength && asTyped !== bestAsTyped ? asTyped : isEarlier(pattern, best, index)) {
			best = pattern;
			bestAsTyped = asTyped;
		}
	}
	if (best) return { pattern: best, length: best.words.length };
	for (let length = MIN_COMPOUND_PART; length < token.length; length++) {
		const starting = index.compoundStarts.get(token.slice(0, length));
		const ending = index.compoundEnds.get(token.slice(token.length - length));
		if (starting && isEarlier(starting, best, index)) best = starting;
		if (ending && isEarlier(ending, best, index)) best = ending;
	}
	return best ? { pattern: best, length: 1 } : null;
}

/** Whether the words from `start` on are the pattern as typed, through another form of a word, or not. */
function fitsAt(pattern: Pattern, tokens: string[], stems: string[], start: number): 'as typed' | 'form' | null {
	const length = pattern.words.length;
	if (start + length > tokens.length) return null;
	let asTyped = true;
	for (const [k, word] of pattern.words.entries()) {
		const token = tokens[start + k];
		if (k === length - 1 && pattern.prefix ? token.startsWith(word) : token === word) continue;
		if (length === 1 || stems[start + k] !== pattern.stems[k]) return null;
		asTyped = false;
	}
	return asTyped ? 'as typed' : 'form';
}

function isEarlier(pattern: Pattern, than: Pattern | null, index: PatternIndex): boolean {
	return !than || index.order.get(pattern)! < index.order.get(than)!;
}

function prefixesOf(token: string): string[] {
	return Array.from({ length: token.length }, (_, i) => token.slice(0, i + 1));
}

function push(map: Map<string, Pattern[]>, key: string, pattern: Pattern): void {
	const list = map.get(key);
	if (list) list.push(pattern);
	else map.set(key, [pattern]);
}
