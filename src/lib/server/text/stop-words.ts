/**
 * Words that carry no meaning in "Wo finde ich Hilfe bei Mobbing in der Schule?". With the default
 * matching strategy Meilisearch drops query words from the end, never the first one, so a leading
 * "Wer" or "Wo" must not count.
 */
export const germanStopWords = [
	'der', 'die', 'das', 'den', 'dem', 'des',
	'ein', 'eine', 'einen', 'einem', 'einer', 'eines',
	'und', 'oder',
	'in', 'im', 'ins', 'an', 'am', 'auf', 'aus', 'bei', 'beim', 'für', 'mit', 'nach',
	'von', 'vom', 'zu', 'zum', 'zur', 'über', 'um',
	'ich', 'mich', 'mir', 'wir', 'uns', 'es', 'ist', 'sind',
	'wo', 'wie', 'was', 'wer', 'wen', 'wem', 'welche', 'welcher', 'welches',
	'gibt', 'kann', 'finde', 'brauche', 'hilft'
];
