import type { Settings } from 'meilisearch';
import { germanStopWords } from '../src/lib/server/text/stop-words';
import { partnerIndexSettings } from './settings';

// Settings of the `proposals` index: project proposals partners post, searched by citizens and partners.
export const proposalIndexSettings: Settings = {
	searchableAttributes: ['title', 'summary', 'lookingFor', 'topics', 'targetGroups', 'ortsteile', 'organizationName', 'description', 'timeframe'],
	// Who may see a proposal is a filter on every search (visibility, status), never a hidden result.
	filterableAttributes: ['visibility', 'status', 'topicCodes', 'targetGroupCodes', 'ortsteilCodes'],
	sortableAttributes: ['openedAt'],
	rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
	// Same reasoning as the partners index: no German segmenter on Meilisearch 1.21.
	localizedAttributes: [],
	synonyms: partnerIndexSettings.synonyms,
	stopWords: germanStopWords,
	pagination: { maxTotalHits: 1000 }
};
