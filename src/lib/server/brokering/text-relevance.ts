import { randomBytes } from 'node:crypto';
import type { SearchConnection } from '../../../../search/connection';
import { PARTNERS_INDEX } from '../../../../search/indexes';
import { hasErrorCode, isUnreachableError } from '../../../../search/tasks';
import type { TextMatch } from './scoring';

const HIT_LIMIT = 100;
const MATCHED_ATTRIBUTES = ['name', 'description', 'offer', 'topics', 'targetGroups'];
// Unguessable tags, so no text in a profile is ever mistaken for a match.
const nonce = randomBytes(8).toString('hex');
const PRE_TAG = `[[m-${nonce}]]`;
const POST_TAG = `[[/m-${nonce}]]`;
const MARKED = new RegExp(`${escapeRegExp(PRE_TAG)}(.*?)${escapeRegExp(POST_TAG)}`, 'g');

type Hit = { id: number; _rankingScore?: number; _formatted?: Record<string, unknown> };

/**
 * The partners whose profile text fits `query`, by organization id, with Meilisearch's ranking
 * score and the words that matched; null when Meilisearch cannot be asked right now.
 */
export async function findTextMatches(search: SearchConnection, query: string): Promise<Map<number, TextMatch> | null> {
	const client = search.searchClient();
	if (!client) return null;
	if (!query) return new Map();
	try {
		const result = await client.index(PARTNERS_INDEX).search<Hit>(query, {
			limit: HIT_LIMIT,
			// Long queries: drop the most common words first rather than the last ones.
			matchingStrategy: 'frequency',
			showRankingScore: true,
			attributesToRetrieve: ['id'],
			attributesToHighlight: MATCHED_ATTRIBUTES,
			highlightPreTag: PRE_TAG,
			highlightPostTag: POST_TAG
		});
		return new Map(result.hits.map((hit) => [hit.id, { rankingScore: hit._rankingScore ?? 0, words: matchedWords(hit) }]));
	} catch (error) {
		if (isUnreachableError(error)) search.reportUnreachable(error);
		else if (hasErrorCode(error, 'index_not_found')) search.reportIndexMissing();
		else throw error;
		return null;
	}
}

function matchedWords(hit: Hit): string[] {
	const words: string[] = [];
	for (const attribute of MATCHED_ATTRIBUTES) {
		const value = hit._formatted?.[attribute];
		const texts = Array.isArray(value) ? value : [value];
		for (const text of texts) {
			if (typeof text !== 'string') continue;
			for (const [, word] of text.matchAll(MARKED)) if (word.trim()) words.push(word.trim());
		}
	}
	return words;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
