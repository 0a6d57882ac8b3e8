import type { Kysely } from 'kysely';
import { normalizeStreet } from '../../src/lib/server/areas/street-name';
import { coversNumber, type HouseNumberRange } from '../../src/lib/server/areas/range';
import type { Database } from '../../src/lib/server/db/schema';
import { foldWord } from './fold';

// The streets and Ortsteile of the Bürgerpolizei areas, read from the areas the coordinator keeps
// (the same data as the street lookup on /buergerpolizisten), so that "Bürgerpolizist Lessingstraße",
// "dzielnicowy Schlegel" or "Schlegel" alone names the officer responsible for that place.

/** A street or Ortsteil of an area and a partner responsible for it. */
export interface PlaceRow {
	/** The street's or Ortsteil's name as the coordinator wrote it. */
	place: string;
	partner: string;
	/** The partner's category label ("Polizei"). */
	category: string;
	/** The house numbers of a street the partner is responsible for; none for an Ortsteil. */
	range?: HouseNumberRange;
}

export interface ResponsiblePartner {
	name: string;
	/** Folded category label: a concept whose search terms name it asks for this partner. */
	category: string;
	/** The stretches of the place the partner answers for (an Ortsteil: all of it). */
	ranges: HouseNumberRange[];
}

/** A place that a word with a case ending may name, and its order among the places. */
interface InflectablePlace {
	order: number;
	partners: ResponsiblePartner[];
}

export interface PlaceIndex {
	/** Places by street key (normalizeStreet: ß/ss, ä/ae/a, "Str."/"Strasse" are one), with their partners. */
	byKey: Map<string, ResponsiblePartner[]>;
	/** Every beginning of a place's key: a word whose key is none begins no place. */
	keyStarts: Set<string>;
	/** Places of MIN_INFLECTED_PLACE letters or more by their key without its last letter; the first place wins. */
	byStem: Map<string, InflectablePlace>;
}

// "Äußere Oybiner Straße" has four words with the street word cut off; no place name has more.
const MAX_PLACE_WORDS = 4;
// A Polish or Czech case ending on a village's name ("w Schleglu", "ve Schlegelu"): up to two
// letters more or one less, from six letters on, so that short names are only ever read exactly.
const MIN_INFLECTED_PLACE = 6;
// A Polish or Czech word for street before a name ("ul. Leipziger", "ulice Lessing") stands for its
// „Straße“, which is then left out; without such a word, "Bahnhof" stays a Bahnhof, not a street.
const STREET_MARKERS = new Set(['ul', 'ulica', 'ulicy', 'ulice', 'ulici']);
const STREET_SUFFIX = 'strasse';
// The quarters of a town in Polish, Czech and English, folded, with a common case form ("Zittau
// południe", "w Zittau-Północy", "Zittau jih", "Zittau south"): the German word of the Ortsteil's name.
const QUARTERS: Record<string, string> = {
	poludnie: 'süd',
	poludniu: 'süd',
	jih: 'süd',
	jihu: 'süd',
	south: 'süd',
	polnoc: 'nord',
	polnocy: 'nord',
	sever: 'nord',
	severu: 'nord',
	north: 'nord',
	wschod: 'ost',
	wschodzie: 'ost',
	vychod: 'ost',
	vychode: 'ost',
	east: 'ost',
	zachod: 'west',
	zachodzie: 'west',
	zapad: 'west',
	zapade: 'west'
};
const WHOLE_PLACE: HouseNumberRange = { from: null, to: null, parity: 'all' };

/** Every street and Ortsteil of a published partner's Bürgerpolizei area. */
export async function listPlaces(db: Kysely<Database>): Promise<PlaceRow[]> {
	const areas = db
		.selectFrom('service_areas as a')
		.innerJoin('organizations as o', 'o.id', 'a.organization_id')
		.innerJoin('taxonomy_terms as c', 'c.id', 'o.category_id')
		.where('o.status', '=', 'published')
		.where('a.kind', '=', 'buergerpolizei');
	const [streets, ortsteile, names] = await Promise.all([
		areas
			.innerJoin('service_area_streets as s', 's.service_area_id', 'a.id')
			.select(['s.street_name as place', 'o.name as partner', 'c.label as category'])
			.select(['s.from_number', 's.to_number', 's.parity'])
			.execute(),
		areas
			.innerJoin('service_area_ortsteile as ao', 'ao.service_area_id', 'a.id')
			.innerJoin('taxonomy_terms as t', 't.id', 'ao.ortsteil_id')
			.select(['t.label as place', 'o.name as partner', 'c.label as category'])
			.execute(),
		areas.select(['a.name', 'o.name as partner', 'c.label as category']).execute()
	]);
	return [
		...streets.map(({ from_number, to_number, parity, ...row }) => ({
			...row,
			range: { from: from_number, to: to_number, parity }
		})),
		...ortsteile,
		...names.flatMap(({ name, ...row }) => {
			const place = areaNamePlace(name);
			return place ? [{ ...row, place }] : [];
		})
	];
}

/** Words an area's name may begin with that name no place ("Revier Nord", "Stadtteil Mitte"). */
const GENERIC_AREA_WORDS = new Set([
	'bereich',
	'bezirk',
	'gebiet',
	'ortsteil',
	'revier',
	'sektor',
	'stadt',
	'stadtbezirk',
	'stadtgebiet',
	'stadtteil',
	'viertel',
	'zone'
]);

/**
 * The place an area's name begins with, as citizens call the quarter ("Altstadt innerhalb des Rings":
 * "Altstadt", which is no Ortsteil); null when the name begins with a number, a short word or a word
 * for an area as such.
 */
export function areaNamePlace(name: string): string | null {
	const first = name.trim().split(/[\s,]+/)[0] ?? '';
	if (GENERIC_AREA_WORDS.has(first.toLowerCase())) return null;
	return /^\p{Lu}[\p{L}-]{3,}$/u.test(first) ? first : null;
}

export function buildPlaceIndex(rows: PlaceRow[]): PlaceIndex {
	const byKey = new Map<string, ResponsiblePartner[]>();
	for (const row of rows) {
		const key = normalizeStreet(row.place);
		if (!key) continue;
		const partners = byKey.get(key) ?? [];
		let partner = partners.find((p) => p.name === row.partner);
		if (!partner) {
			partner = { name: row.partner, category: foldWord(row.category), ranges: [] };
			partners.push(partner);
		}
		partner.ranges.push(row.range ?? WHOLE_PLACE);
		byKey.set(key, partners);
	}
	const keyStarts = new Set<string>();
	const byStem = new Map<string, InflectablePlace>();
	let order = 0;
	for (const [key, partners] of byKey) {
		for (let length = 1; length <= key.length; length++) keyStarts.add(key.slice(0, length));
		const stem = key.slice(0, -1);
		if (key.length >= MIN_INFLECTED_PLACE && !byStem.has(stem)) byStem.set(stem, { order, partners });
		order++;
	}
	return { byKey, keyStarts, byStem };
}

/**
 * The place named by the words from `start` on ("Lessingstr.", "Lessing Straße", "Zittau-Nord",
 * "Zittau północ"):
 * the longest run of words that is a place's name, or failing that one word that is a place's name
 * with a case ending. A house number after a street split between partners ("Äußere Oybiner
 * Straße 12") keeps those whose stretch covers it, when any does.
 */
export function placeAt(
	words: string[],
	start: number,
	places: PlaceIndex
): { length: number; partners: ResponsiblePartner[] } | null {
	const word = placeWord(words[start]);
	const marked = start > 0 && STREET_MARKERS.has(foldWord(words[start - 1]));
	// A German adjective beginning a street's name in another case ("in der Äußeren Weberstraße"): the
	// name has its form in -e, read only with the words that follow it.
	const adjective = /e[nmrs]$/i.test(word) ? word.slice(0, -1) : null;
	for (const [first, shortest] of [[word, 1] as const, ...(adjective ? [[adjective, 2] as const] : [])]) {
		// The first word's key begins the key of any run of words it starts ("Lessing Str" → "lessingstrasse").
		if (!places.keyStarts.has(normalizeStreet(first))) continue;
		for (let length = Math.min(MAX_PLACE_WORDS, words.length - start); length >= shortest; length--) {
			const run = normalizeStreet([first, ...words.slice(start + 1, start + length).map(placeWord)].join(' '));
			const partners = places.byKey.get(run) ?? (marked ? places.byKey.get(run + STREET_SUFFIX) : undefined);
			if (partners) return withHouseNumber(words[start + length], length, partners);
		}
	}
	return inflectedPlace(normalizeStreet(word), places);
}

/** A word as a place's name has it: a quarter named in Polish, Czech or English in German ("południe": "süd"). */
export function placeWord(word: string): string {
	return QUARTERS[foldWord(word)] ?? word;
}

function withHouseNumber(
	next: string | undefined,
	length: number,
	partners: ResponsiblePartner[]
): { length: number; partners: ResponsiblePartner[] } {
	const number = next && /^\d+[a-z]?$/i.test(next) ? parseInt(next, 10) : null;
	const covering =
		number === null ? [] : partners.filter((p) => p.ranges.some((range) => coversNumber(range, number)));
	return covering.length > 0 ? { length: length + 1, partners: covering } : { length, partners };
}

function inflectedPlace(key: string, places: PlaceIndex): { length: 1; partners: ResponsiblePartner[] } | null {
	if (key.length < MIN_INFLECTED_PLACE) return null;
	// The place's name without its last letter begins the word, and the word is at most two letters
	// longer or one shorter than the name: stems of the word's length less three up to its own.
	let first: InflectablePlace | undefined;
	for (let stemLength = key.length - 3; stemLength <= key.length; stemLength++) {
		const place = places.byStem.get(key.slice(0, stemLength));
		if (place && (!first || place.order < first.order)) first = place;
	}
	return first ? { length: 1, partners: first.partners } : null;
}
