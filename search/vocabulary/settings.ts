import type { Settings } from 'meilisearch';
import { foldWord, foldedWords } from './fold';
import { ALL_STOP_WORDS } from './stop-words';
import type { VocabularyConcept } from '../../src/lib/server/vocabulary/types';

// Meilisearch looks synonyms up for keys of at most three words.
const MAX_SYNONYM_WORDS = 3;
const STOP_WORDS = new Set(ALL_STOP_WORDS.map(foldWord));

/**
 * The part of the partners index settings that comes from the vocabulary: every whole word or
 * phrase maps to its concept's search terms, so a query that reaches Meilisearch unchanged (the
 * API, a word the query understanding left alone) is still expanded. Prefix words (`kiff*`) need
 * the query understanding and are left out; so are words that are themselves search terms, and
 * phrases that are one word besides stop words: Meilisearch drops the stop words of a synonym, so
 * "polizei war da" (Häusliche Gewalt) would make every "polizei" a search for domestic violence.
 */
export function vocabularySettings(concepts: VocabularyConcept[]): Pick<Settings, 'synonyms' | 'stopWords'> {
	const terms = new Set(concepts.flatMap((c) => c.searchTerms.toLowerCase().split(/\s+/)));
	const synonyms: Record<string, string[]> = {};
	for (const concept of concepts) {
		for (const word of concept.words) {
			const key = word.trim().toLowerCase();
			const words = foldedWords(key);
			const meaningful = words.filter((w) => !STOP_WORDS.has(w)).length;
			if (key.endsWith('*') || words.length > MAX_SYNONYM_WORDS || terms.has(key)) continue;
			if (meaningful === 0 || (words.length > 1 && meaningful < 2)) continue;
			synonyms[key] = [...new Set([...(synonyms[key] ?? []), concept.searchTerms.toLowerCase()])];
		}
	}
	return { synonyms, stopWords: ALL_STOP_WORDS };
}
