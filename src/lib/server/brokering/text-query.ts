import { germanStopWords } from '../text/stop-words';

/** Each word is one query of a multi-search; ten keep the request small. */
const MAX_QUERY_WORDS = 10;
const MIN_WORD_LENGTH = 3;
const stopWords = new Set(germanStopWords);

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
			if (key.length < MIN_WORD_LENGTH || stopWords.has(key) || seen.has(key)) continue;
			seen.add(key);
			words.push(word.replace(/^-+|-+$/g, ''));
			if (words.length === MAX_QUERY_WORDS) return words;
		}
	}
	return words;
}
