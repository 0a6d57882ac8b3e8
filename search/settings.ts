import type { Settings } from 'meilisearch';
import { germanStopWords } from '../src/lib/server/text/stop-words';

// Settings of the `partners` index, tuned for what citizens type into the directory's search box.

/**
 * Keys are what people type, values what the partners write. One-way unless both words are
 * common in profiles too. Meilisearch lower-cases and strips accents from both sides, and looks
 * up keys of up to three words only.
 */
const synonyms: Record<string, string[]> = {
	jugendamt: ['jugendhilfe'],
	'allgemeiner sozialer dienst': ['jugendhilfe'],
	polizist: ['polizei'],
	polizistin: ['polizei'],
	polizisten: ['polizei'],
	'bürgerpolizist': ['polizei'],
	'bürgerpolizistin': ['polizei'],
	polizeiposten: ['polizei'],
	polizeirevier: ['polizei'],
	polizeiwache: ['polizei'],
	revier: ['polizei'],
	wache: ['polizei'],
	enkeltrick: ['betrug'],
	schockanruf: ['betrug'],
	'falscher polizist': ['betrug'],
	'falsche polizisten': ['betrug'],
	trickbetrug: ['betrug'],
	'betrüger': ['betrug'],
	abzocke: ['betrug'],
	sucht: ['drogen', 'alkohol', 'suchtprävention'],
	drogen: ['sucht', 'suchtprävention'],
	alkohol: ['sucht', 'suchtprävention'],
	rauschgift: ['drogen', 'sucht'],
	cannabis: ['drogen', 'sucht'],
	kiffen: ['drogen', 'sucht'],
	mobbing: ['cybermobbing'],
	cybermobbing: ['mobbing'],
	kita: ['kindergarten', 'kindertagesstätte'],
	kindergarten: ['kita', 'kindertagesstätte'],
	'kindertagesstätte': ['kita', 'kindergarten'],
	schulsozialarbeiter: ['schulsozialarbeit'],
	schulsozialarbeiterin: ['schulsozialarbeit'],
	'sozialarbeiter schule': ['schulsozialarbeit'],
	einbruch: ['einbruchschutz'],
	einbrecher: ['einbruchschutz'],
	einbruchsschutz: ['einbruchschutz'],
	'gewalt zuhause': ['häusliche gewalt'],
	'gewalt daheim': ['häusliche gewalt'],
	'gewalt zu hause': ['häusliche gewalt'],
	'familiäre gewalt': ['häusliche gewalt'],
	partnergewalt: ['häusliche gewalt'],
	'opferschutz': ['opferhilfe'],
	'flüchtlinge': ['zugewanderte', 'integration'],
	'geflüchtete': ['zugewanderte', 'integration'],
	migranten: ['zugewanderte', 'integration'],
	rentner: ['senioren'],
	'ältere menschen': ['senioren'],
	rechtsextremismus: ['extremismusprävention'],
	linksextremismus: ['extremismusprävention'],
	radikalisierung: ['extremismusprävention']
};

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
		'wheelchairAccessible',
		'_geo'
	],
	// Nested: `topicCentrality.<code>` sorts topic pages (documents.ts, centralitySort).
	sortableAttributes: ['nameSort', 'topicCentrality', 'targetGroupCentrality', '_geo'],
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
		'verifiedAt',
		'_geo'
	],
	rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
	// Deliberately no German locale: the German segmenter of Meilisearch 1.21 cuts words missing
	// from its dictionary into two-letter pieces ("Zittau" → "zi", "tt", "au"): typos such as
	// "Polizie" then find nothing, multi-word synonyms never match and highlights come out in
	// fragments. Revisit when the fix (meilisearch/charabia#359, #360) ships in the release in use.
	localizedAttributes: [],
	synonyms,
	stopWords: germanStopWords,
	typoTolerance: {
		enabled: true,
		// A phone number or postal code one digit off belongs to someone else.
		disableOnAttributes: ['phones', 'postalCode'],
		disableOnNumbers: true
	},
	pagination: { maxTotalHits: 1000 },
	faceting: { maxValuesPerFacet: 100 }
};
