import { germanStopWords } from '../text/stop-words';

/** Each word is one query of a multi-search; ten keep the request small. */
const MAX_QUERY_WORDS = 10;
const MIN_WORD_LENGTH = 3;
/**
 * Beyond the search's stop words: prepositions, auxiliaries and common verbs that match almost every
 * profile ("Gewalt gegen Frauen", "aufeinander zugehen") and so say nothing about a fit.
 */
const FILLER_WORDS = [
	'gegen',
	'gehen',
	'geht',
	'sowie',
	'auch',
	'alle',
	'allen',
	'mehr',
	'sich',
	'nicht',
	'durch',
	'unter',
	'ohne',
	'zwischen',
	'werden',
	'wird',
	'wurde',
	'haben',
	'hat',
	'sein',
	'soll',
	'sollen',
	'wollen',
	'machen',
	'gemeinsam',
	'neue',
	'neuen',
	'unsere',
	'unser'
];
const stopWords = new Set([...germanStopWords, ...FILLER_WORDS]);

/** True for words that say nothing about what a partner does: stop words, filler and words under three letters. */
export function isFillerWord(word: string): boolean {
	const key = word.replace(/^-+|-+$/g, '').toLocaleLowerCase('de');
	return key.length < MIN_WORD_LENGTH || stopWords.has(key);
}

export interface ProposalText {
	title: string;
	summary: string;
	lookingFor: string;
}

/**
 * The words a partner's profile should contain to fit the proposal: its title first, then what
 * is looked for, then the summary; each word once, without stop words and short filler.
 */
export function buildTextQueryWords(proposal: ProposalText): string[] {
	const words: string[] = [];
	const seen = new Set<string>();
	for (const text of [proposal.title, proposal.lookingFor, proposal.summary]) {
		for (const word of text.split(/[^\p{L}\p{N}-]+/u)) {
			const key = word.replace(/^-+|-+$/g, '').toLocaleLowerCase('de');
			if (isFillerWord(key) || seen.has(key)) continue;
			seen.add(key);
			words.push(word.replace(/^-+|-+$/g, ''));
			if (words.length === MAX_QUERY_WORDS) return words;
		}
	}
	return words;
}
