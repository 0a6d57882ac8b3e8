import type { Settings } from 'meilisearch';
import { GUIDE_LOCALES } from '../src/lib/server/guides/types';
import { ALL_STOP_WORDS } from './vocabulary/stop-words';

const each = (field: string) => GUIDE_LOCALES.map((locale) => `${field}_${locale}`);

// Settings of the `guides` index: "Was tun bei …?" pages, found by the words people use for what
// happened to them. The keywords the coordinator lists rank with the title, the body last.
export const guideIndexSettings: Settings = {
	searchableAttributes: [...each('title'), ...each('keywords'), ...each('summary'), 'topics', ...each('body')],
	filterableAttributes: ['topicCodes'],
	displayedAttributes: ['id', 'slug', 'aboutDanger', ...each('title'), ...each('summary')],
	rankingRules: ['words', 'typo', 'proximity', 'attribute', 'exactness'],
	// Same reasoning as the partners index: no German segmenter on Meilisearch 1.21.
	localizedAttributes: [],
	stopWords: ALL_STOP_WORDS,
	pagination: { maxTotalHits: 100 }
};
