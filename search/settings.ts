import type { Settings } from 'meilisearch';
import { ALL_STOP_WORDS } from './vocabulary/stop-words';

// Settings of the `partners` index, tuned for what citizens type into the directory's search box.

export const partnerIndexSettings: Settings = {
	// Ranked: a hit in the name counts more than one in the description, contact persons or address.
	searchableAttributes: [
		'name',
		'name_en',
		'name_pl',
		'name_cs',
		'shortName',
		'category',
		'topics',
		'offer',
		'offer_en',
		'offer_pl',
		'offer_cs',
		'description',
		'description_en',
		'description_pl',
		'description_cs',
		'targetGroups',
		'languages',
		'contactNames',
		'contactRoles',
		'ortsteile',
		'street',
		'city',
		'postalCode',
		'phones'
	],
	filterableAttributes: [
		'categoryCode',
		'topicCodes',
		'targetGroupCodes',
		'ortsteilCodes',
		'languageCodes',
		'wheelchairAccessible'
	],
	// No `_geo`: nothing searches by distance, and with it Meilisearch 1.21 rewrote its geo points on
	// every indexing batch, ~300 ms of each one-document update on 10,000 partners (batch progress trace).
	// Nested: `topicCentrality.<code>` sorts topic pages (documents.ts, centralitySort).
	sortableAttributes: ['nameSort', 'topicCentrality', 'targetGroupCentrality'],
	displayedAttributes: [
		'id',
		'slug',
		'name',
		'shortName',
		'category',
		'categoryCode',
		'description',
		'offer',
		'topics',
		'topicCodes',
		'targetGroups',
		'targetGroupCodes',
		'languages',
		'languageCodes',
		'ortsteile',
		'ortsteilCodes',
		'street',
		'postalCode',
		'city',
		'phones',
		'email',
		'wheelchairAccessible',
		'verifiedAt'
	],
	rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
	// Deliberately no German locale: the German segmenter of Meilisearch 1.21 cuts words missing
	// from its dictionary into two-letter pieces ("Zittau" → "zi", "tt", "au"): typos such as
	// "Polizie" then find nothing, multi-word synonyms never match and highlights come out in
	// fragments. Revisit when the fix (meilisearch/charabia#359, #360) ships in the release in use.
	localizedAttributes: [],
	// Synonyms come from the search vocabulary (vocabulary/settings.ts, applied by the registry).
	stopWords: ALL_STOP_WORDS,
	typoTolerance: {
		enabled: true,
		// A phone number or postal code one digit off belongs to someone else.
		disableOnAttributes: ['phones', 'postalCode'],
		disableOnNumbers: true
	},
	pagination: { maxTotalHits: 1000 },
	faceting: { maxValuesPerFacet: 100 }
};
