import type { VocabularyConcept } from '../../src/lib/server/vocabulary/types';

/** A vocabulary concept for unit tests: its words as the edit form takes them, separated by "|". */
export const vocabularyConcept = (
	id: number,
	label: string,
	searchTerms: string,
	words: string,
	danger = false
): VocabularyConcept => ({
	id,
	label,
	searchTerms,
	topicCodes: [label.toLowerCase()],
	words: words.split('|'),
	danger
});
