import { germanStopWords } from '../../src/lib/server/text/stop-words';

// Words that carry no meaning in a search sentence ("Wo finde ich Hilfe bei Mobbing in der Schule?",
// "Moje dziecko jest nękane w szkole"), in the portal's four languages. Meilisearch gets them as its
// stop words; the query understanding drops them, and the people words below as well.

export const STOP_WORDS: Record<'de' | 'en' | 'pl' | 'cs', string[]> = {
	de: [
		...germanStopWords,
		'aber', 'wenn', 'weil', 'dass', 'nicht', 'kein', 'keine', 'gegen', 'du', 'er', 'sie', 'ihr', 'man', 'mein',
		'meine', 'meinen', 'meinem', 'meiner', 'sein', 'seine', 'seinen', 'seiner', 'unser', 'unsere', 'bin', 'war',
		'wird', 'werde', 'wurde', 'wurden', 'hat', 'habe', 'haben', 'hatte', 'können', 'muss', 'soll', 'will',
		'möchte', 'brauchen', 'suche', 'wann', 'warum', 'hier', 'da', 'so', 'sehr', 'viel', 'auch', 'noch', 'schon',
		'immer', 'jetzt', 'bitte', 'hilfe', 'helfen', 'problem', 'probleme', 'weiss', 'weiß', 'weiter', 'bekommen'
	],
	en: [
		'a', 'an', 'the', 'and', 'or', 'but', 'if', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with',
		'about', 'into', 'i', 'me', 'my', 'we', 'our', 'you', 'your', 'he', 'she', 'his', 'her', 'it', 'they',
		'is', 'am', 'are', 'was', 'were', 'be', 'being', 'been', 'has', 'have', 'had', 'do', 'does', 'did',
		'can', 'could', 'need', 'want', 'find', 'where', 'who', 'what', 'how', 'when', 'which', 'there',
		'someone', 'somebody', 'please', 'help', 'problem', 'problems', 'advice', 'get'
	],
	pl: [
		'i', 'a', 'w', 'we', 'z', 'ze', 'na', 'do', 'od', 'o', 'po', 'przy', 'dla', 'przez', 'przed', 'pod',
		'nad', 'za', 'u', 'jest', 'są', 'być', 'mam', 'ma', 'mnie', 'mi', 'ja', 'my', 'ty', 'on', 'ona',
		'mój', 'moja', 'moje', 'mojego', 'mojej', 'się', 'nie', 'tak', 'to', 'co', 'kto', 'gdzie', 'jak',
		'czy', 'ktoś', 'mogę', 'potrzebuję', 'szukam', 'pomoc', 'pomocy', 'problem', 'ds'
	],
	cs: [
		'a', 'i', 'v', 've', 'z', 'ze', 'na', 'do', 'od', 'o', 'po', 'pro', 'při', 'před', 'pod', 'nad', 'za',
		'u', 'k', 'ke', 's', 'je', 'jsou', 'být', 'mám', 'má', 'mě', 'mi', 'mne', 'já', 'my', 'ty', 'on',
		'ona', 'můj', 'moje', 'moji', 'mého', 'se', 'si', 'ne', 'to', 'co', 'kdo', 'kde', 'jak', 'jsem',
		'někdo', 'potřebuji', 'hledám', 'pomoc', 'problém'
	]
};

/** People a citizen names when describing a need ("mein Sohn", "moje dítě"); they do not pick a partner. */
export const PEOPLE_WORDS = [
	'kind', 'sohn', 'tochter', 'oma', 'opa', 'enkel', 'enkelin', 'mann', 'ehemann', 'frau', 'ehefrau',
	'ex', 'nachbar', 'nachbarin', 'jemand', 'mutter', 'vater', 'freund', 'freundin',
	'child', 'son', 'daughter', 'husband', 'wife', 'mom', 'mum', 'dad', 'neighbour', 'neighbor', 'friend',
	'dziecko', 'syn', 'córka', 'mąż', 'żona', 'sąsiad',
	'dítě', 'dcera', 'manžel', 'manželka', 'soused'
];

export const ALL_STOP_WORDS: string[] = [...new Set(Object.values(STOP_WORDS).flat())];
