import { randomBytes } from 'node:crypto';
import type { MultiSearchQuery } from 'meilisearch';
import type { Kysely } from 'kysely';
import type { RankingSource } from '../src/lib/server/brokering/ranking';
import type { TextMatch } from '../src/lib/server/brokering/scoring';
import type { Database } from '../src/lib/server/db/schema';
import { PARTNERS_INDEX } from '../src/lib/server/partners/service';
import type { SearchConnection } from './connection';
import { searchWithFallback } from './with-fallback';

const HITS_PER_WORD = 100;
// Topics and target groups are scored as shared terms already; the text part looks at what partners wrote.
const MATCHED_ATTRIBUTES = ['name', 'shortName', 'offer', 'description'];
// Unguessable tags, so no text in a profile is ever mistaken for a match.
const nonce = randomBytes(8).toString('hex');
const PRE_TAG = `[[m-${nonce}]]`;
const POST_TAG = `[[/m-${nonce}]]`;
const MARKED = new RegExp(`${escapeRegExp(PRE_TAG)}(.*?)${escapeRegExp(POST_TAG)}`, 'g');

type Hit = { id: number; _rankingScore?: number; _formatted?: Record<string, unknown> };

/**
 * The partners whose profile text fits the proposal's words, by organization id; null when
 * Meilisearch cannot be asked right now. Meilisearch keeps all words of one query or drops
 * them in order, never "any of them", so each word is its own query of one multi-search; a
 * partner's relevance is the mean of its _rankingScore over all words (0 for a word it lacks),
 * so covering more of the proposal counts more.
 */
export async function findTextMatches(
	search: SearchConnection,
	words: string[]
): Promise<Map<number, TextMatch> | null> {
	if (words.length === 0) return new Map();
	const queries: MultiSearchQuery[] = words.map((word) => ({
		indexUid: PARTNERS_INDEX,
		q: word,
		limit: HITS_PER_WORD,
		showRankingScore: true,
		attributesToSearchOn: MATCHED_ATTRIBUTES,
		attributesToRetrieve: ['id'],
		attributesToHighlight: MATCHED_ATTRIBUTES,
		highlightPreTag: PRE_TAG,
		highlightPostTag: POST_TAG
	}));
	return searchWithFallback(
		search,
		PARTNERS_INDEX,
		async (searcher) => {
			const { results } = await searcher.multiSearch<Hit>({ queries });
			const matches = new Map<number, TextMatch>();
			for (const result of results) {
				for (const hit of result.hits) {
					const match = matches.get(hit.id) ?? { rankingScore: 0, words: [] };
					match.rankingScore += (hit._rankingScore ?? 0) / words.length;
					match.words.push(...matchedWords(hit));
					matches.set(hit.id, match);
				}
			}
			return matches;
		},
		async () => null
	);
}

/** What the brokering ranking reads: the database and the partners' text relevance in Meilisearch. */
export function brokeringSource({ db, search }: { db: Kysely<Database>; search: SearchConnection }): RankingSource {
	return { db, findTextMatches: (words) => findTextMatches(search, words) };
}

function matchedWords(hit: Hit): string[] {
	const words: string[] = [];
	for (const attribute of MATCHED_ATTRIBUTES) {
		const value = hit._formatted?.[attribute];
		for (const text of Array.isArray(value) ? value : [value]) {
			if (typeof text !== 'string') continue;
			for (const [, word] of text.matchAll(MARKED)) if (word.trim()) words.push(word.trim());
		}
	}
	return words;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
