/** One concept of the search vocabulary, as the coordinator edits it (table search_vocabulary). */
export interface VocabularyConcept {
	id: number;
	label: string;
	/** What the query becomes in Meilisearch: words the partners' profiles use. */
	searchTerms: string;
	/** Taxonomy codes (topics) the concept stands for. */
	topicCodes: string[];
	/** What citizens type, any of the four languages; `word*` covers every word it begins, spaces make a phrase. */
	words: string[];
	/** A query naming it is about acute danger: the emergency numbers stand above the results. */
	danger: boolean;
}
