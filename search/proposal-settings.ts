import type { Settings } from 'meilisearch';
import { ALL_STOP_WORDS } from './vocabulary/stop-words';

// Settings of the `proposals` index: project proposals partners post, searched by citizens and partners.
export const proposalIndexSettings: Settings = {
	searchableAttributes: [
		'title',
		'summary',
		'lookingFor',
		'topics',
		'targetGroups',
		'ortsteile',
		'organizationName',
		'description',
		'timeframe'
	],
	// Who may see a proposal is a filter on every search (visibility, status), never a hidden result.
	filterableAttributes: ['visibility', 'status', 'topicCodes', 'targetGroupCodes', 'ortsteilCodes'],
	sortableAttributes: ['openedAt'],
	rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
	// Same reasoning as the partners index: no German segmenter on Meilisearch 1.21.
	localizedAttributes: [],
	// Synonyms come from the search vocabulary, as for the partners index.
	stopWords: ALL_STOP_WORDS,
	pagination: { maxTotalHits: 1000 }
};
