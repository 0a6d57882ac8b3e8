import { foldWord } from './fold';

// Words of the citizens' languages that a vocabulary word of another language (or of another meaning)
// only looks like: the Polish „drogi“ (a road; expensive) begins the Czech `drog*` (drugs), „przepisów“
// (of the rules) shares its first six letters with „przepija“ (drinks away), „customers“ with „customs“,
// „Geldbörsen“ (purses) is two typos from „Geldsorgen“ (money worries), the Czech „balkonových“ (of the
// balcony) begins like the Polish `balkonik*` (a baby walker), „trainiere“ (I coach) like `trainee*`,
// the English „training“ too, „rented“ like the German `rente` (a pension), „walked“ like `walker`, the
// German „abgelehnt“ (refused) like `abgelenkt` (distracted), the Czech „koluje“ (circulates) like the
// Polish `koleje` (railway tracks), the Czech „potkávat“ (to meet) like `potkan*` (rats) and „smírčí“ (peer
// mediators) like the Polish `śmieci` (rubbish), the English „transfer“ like `transfeind*`, „handles“ like
// `händler*`, „installer“ like `insta` (Instagram), the German „Schulhof“ (a school yard) like `schulden` (debts).
// Such a word is read only by a vocabulary word or phrase it is exactly, never by a prefix it begins
// with or by the tolerance (fuzzy.ts); it stays a word of the text for Meilisearch. `word*` stands for
// every word beginning so. Folded like the vocabulary (fold.ts).
export const HOMOGRAPHS = [
	// Polish: a road, expensive (Czech `drog*`: drugs).
	'drogi',
	'drogie',
	'drogo',
	'drogich',
	'drogim',
	'drogiego',
	'drogiej',
	'drodze',
	'drogow*',
	// Polish: a rule, a recipe.
	'przepis',
	'przepisy',
	'przepisów',
	'przepisach',
	'przepisami',
	'przepisie',
	'przepisu',
	// English: a shop's customers (`customs`).
	'customer',
	'customers',
	// Czech and Polish: of a balcony (Polish `balkonik*`).
	'balkonov*',
	'balkonow*',
	// German: a purse, in any case (two letters from `geldsorgen`, money worries).
	'geldbörse*',
	// German: to coach a team (`trainee*`).
	'trainier*',
	'trainer',
	'trainerin',
	// English: training a skill (`trainee*`), renting a flat (German `rente`), walking (`walker`).
	'training',
	'trainings',
	'rented',
	'walked',
	// German: refused (`abgelenkt`, distracted).
	'abgelehnt',
	// Czech: a video circulates (Polish `koleje`, railway tracks).
	'koluje',
	'kolujou',
	// Czech: to meet (`potkan*`, rats); peer mediators (Polish `śmieci`, rubbish).
	'potkáv*',
	'smírčí',
	// English: to pass money on (`transfeind*`); window handles (`händler*`).
	'transfer',
	'transfers',
	'handles',
	// German: a school yard (`schulden`, debts).
	'schulhof*',
	// English: a fitter (`insta`, Instagram).
	'installer',
	'installers'
];

const WHOLE = new Set(HOMOGRAPHS.filter((w) => !w.endsWith('*')).map(foldWord));
const PREFIXES = HOMOGRAPHS.filter((w) => w.endsWith('*')).map((w) => foldWord(w.slice(0, -1)));

/** Whether a folded word of the text is one that only looks like a vocabulary word of another meaning. */
export function isHomograph(token: string): boolean {
	return WHOLE.has(token) || PREFIXES.some((prefix) => token.startsWith(prefix));
}
