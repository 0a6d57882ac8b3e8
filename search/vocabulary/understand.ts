import { foldWord, foldedWords } from './fold';
import { buildFuzzyIndex, fuzzyLookup, stemOf, type FuzzyIndex } from './fuzzy';
import { isHomograph } from './homographs';
import { buildPatternIndex, matchAt, type Pattern, type PatternIndex } from './patterns';
import { buildPlaceIndex, placeAt, placeWord, type PlaceIndex, type PlaceRow, type ResponsiblePartner } from './places';
import { GROUP_WORDS, PEOPLE_WORDS, SETTING_WORDS } from './reading-roles';
import { ALL_STOP_WORDS } from './stop-words';
import type { VocabularyConcept } from '../../src/lib/server/vocabulary/types';

/** What a search text means to the directory. */
export interface UnderstoodQuery {
	/**
	 * The text for Meilisearch: the recognised concepts' terms first, then the other meaningful words
	 * (a place), then the recognised words as typed (they may stand in a profile or its translation).
	 * Meilisearch ranks by how many words match from the front and drops words from the end.
	 */
	text: string;
	/**
	 * The words recognised only by a known part of them ("Fahrrad|codierung"), as typed: `text` leads
	 * with the concept's terms, so a partner who wrote that very word is searched for on its own too.
	 */
	compounds: string | null;
	concepts: VocabularyConcept[];
	topicCodes: string[];
	/** The text names acute danger or violence. */
	danger: boolean;
	/** The words naming a street or Ortsteil of an area, as typed (a quarter named in Polish, Czech or English in German). */
	places: string[];
}

export interface CompiledVocabulary {
	patterns: PatternIndex;
	/** The single words and prefixes, for words typed in another form or with a typo. */
	tolerance: FuzzyIndex<Pattern>;
	/** The streets and Ortsteile of the areas, with the partners responsible for them. */
	places: PlaceIndex;
}

// Longer than an inflection ("kifft", "Fahrrads"): the rest of such a word is another word of its own.
const MIN_COMPOUND_REST = 4;
// Larger than any phrase's rank, so that a setting follows every other concept.
const SETTING_PENALTY = 1000;
const IGNORED = new Set([...ALL_STOP_WORDS, ...PEOPLE_WORDS].map(foldWord));
const GROUPS = new Set(GROUP_WORDS.map(foldWord));
const SETTINGS = new Set(SETTING_WORDS.map((w) => foldedWords(w).join(' ')));

export function compileVocabulary(concepts: VocabularyConcept[], places: PlaceRow[] = []): CompiledVocabulary {
	const patterns: Pattern[] = [];
	for (const concept of concepts) {
		for (const raw of concept.words) {
			const prefix = raw.trim().endsWith('*');
			const words = foldedWords(raw);
			if (words.length === 0) continue;
			patterns.push({
				concept,
				words,
				stems: words.map(stemOf),
				prefix,
				weight: words.length * 100 + words.join(' ').length,
				setting: SETTINGS.has(words.join(' '))
			});
		}
	}
	patterns.sort((a, b) => b.weight - a.weight);
	const single = patterns.filter((p) => p.words.length === 1);
	return {
		patterns: buildPatternIndex(patterns),
		tolerance: buildFuzzyIndex(single.map((p) => ({ word: p.words[0], prefix: p.prefix, value: p }))),
		places: buildPlaceIndex(places)
	};
}

/**
 * Reads a citizen's search text: phrases and words of the vocabulary (inflected forms through
 * prefixes, compounds through their first or last part) become the concepts' search terms; stop
 * words and people words are dropped; every other word is kept as typed for Meilisearch's typo
 * tolerance. Concepts named by a phrase lead, the others follow in the order they were typed.
 * A word naming a group of people (GROUP_WORDS: "Jugendliche", "teens") names its concept only
 * when nothing else does ("wo treffen sich Jugendliche" is youth work, "Jugendliche kiffen" is
 * addiction); otherwise it stays an ordinary word. A street or Ortsteil of an area (see places.ts)
 * names its responsible partner when the text asks for that partner's category ("dzielnicowy
 * Lessingstrasse": Polizei) or says nothing but the place: the partner's name then follows the
 * concepts' terms. Without a recognised concept or place the text goes to Meilisearch as it was.
 */
export function understandQuery(q: string, vocabulary: CompiledVocabulary): UnderstoodQuery {
	const tokens = foldedWords(q);
	const stems = tokens.map(stemOf);
	const rawTokens = q.match(/[\p{L}\p{N}]+/gu) ?? [];
	const found: Found[] = [];
	const rest: { position: number; word: string }[] = [];
	const responsible: ResponsiblePartner[] = [];
	const places: string[] = [];
	for (let i = 0; i < tokens.length;) {
		const place = placeAt(rawTokens, i, vocabulary.places);
		if (place) {
			// In the German of the partners' names and profiles: "Zittau południe" is "Zittau süd".
			const words = rawTokens.slice(i, i + place.length).map(placeWord);
			responsible.push(...place.partners);
			places.push(...words);
			words.forEach((word, k) => rest.push({ position: i + k, word }));
			i += place.length;
			continue;
		}
		const exact = withoutPartOfIgnored(matchAt(tokens, stems, i, vocabulary.patterns), tokens[i]);
		const match = exact ?? tolerantMatch(tokens[i], vocabulary);
		if (match) {
			const group = match.length === 1 && GROUPS.has(tokens[i]);
			found.push({ ...match, position: i, group, guessed: !exact });
			i += match.length;
			continue;
		}
		if (!IGNORED.has(tokens[i])) rest.push({ position: i, word: rawTokens[i] });
		i += 1;
	}
	const named = found.some((f) => !f.group) ? found.filter((f) => !f.group) : found;
	for (const f of found) if (!named.includes(f)) rest.push({ position: f.position, word: rawTokens[f.position] });
	if (named.length === 0) {
		const onlyPlaces = places.length > 0 && rest.length === places.length;
		const text = onlyPlaces ? unique([...partnerWords(responsible), ...rest.map((r) => r.word)]).join(' ') : q;
		return { text, compounds: null, concepts: [], topicCodes: [], danger: false, places };
	}
	const concepts: VocabularyConcept[] = [];
	/** Words of the longest phrase that named each concept. */
	const phraseLength = new Map<VocabularyConcept, number>();
	/** Concepts only ever read through the tolerance (another form, a typo). */
	const guessed = new Set<VocabularyConcept>();
	/** Concepts only ever named by where something happens. */
	const settings = new Set<VocabularyConcept>();
	const recognised: string[] = [];
	const compounds: string[] = [];
	for (const { pattern, length, position, guessed: isGuess } of named) {
		const concept = pattern.concept;
		if (!concepts.includes(concept)) {
			concepts.push(concept);
			if (isGuess) guessed.add(concept);
			if (pattern.setting) settings.add(concept);
		} else {
			if (!isGuess) guessed.delete(concept);
			if (!pattern.setting) settings.delete(concept);
		}
		phraseLength.set(concept, Math.max(phraseLength.get(concept) ?? 0, length));
		recognised.push(...rawTokens.slice(position, position + length));
		if (length === 1 && tokens[position].length - pattern.words[0].length >= MIN_COMPOUND_REST)
			compounds.push(rawTokens[position]);
	}
	// What happens leads over where it happens ("Spritzen auf dem Spielplatz"); a phrase names the
	// need more precisely than a single word next to it ("Treffpunkt" for "ältere Menschen"), a word
	// as written more surely than a guess at a form or typo ("tričku" is no "trik"); otherwise the
	// order of the text decides (a stable sort).
	const rank = (c: VocabularyConcept) =>
		(settings.has(c) ? -SETTING_PENALTY : 0) + phraseLength.get(c)! * 2 - (guessed.has(c) ? 1 : 0);
	concepts.sort((a, b) => rank(b) - rank(a));
	const terms = unique(concepts.flatMap((c) => c.searchTerms.split(/\s+/).filter(Boolean)));
	const others = rest.sort((a, b) => a.position - b.position).map((r) => r.word);
	const asked = responsible.filter((p) => concepts.some((c) => foldedWords(c.searchTerms).includes(p.category)));
	// A text asking for the partner responsible for a place asks for that partner first, whatever else
	// it tells ("a van keeps driving past the farms, who is our village police officer"). A place named
	// follows the concepts' terms at once, before the other words: Meilisearch drops words from the end,
	// so a partner of the kind asked for AT that place leads those of the kind elsewhere ("nursery place
	// in Hartau": the Kita in Hartau before the town's).
	return {
		text: unique([...partnerWords(asked), ...terms, ...places, ...others, ...recognised]).join(' '),
		compounds: compounds.length > 0 ? unique(compounds).join(' ') : null,
		concepts,
		topicCodes: unique(concepts.flatMap((c) => c.topicCodes)),
		danger: concepts.some((c) => c.danger),
		places
	};
}

interface Found {
	pattern: Pattern;
	length: number;
	position: number;
	/** Named by a group word alone. */
	group: boolean;
	/** Read through the tolerance, not as written. */
	guessed: boolean;
}

/**
 * A stop or people word, or a homograph (homographs.ts: the Polish "drogi", a road, is no Czech
 * `drog*`), is never read by a vocabulary word it only begins or ends with ("gesucht", wanted, is no
 * "Sucht"); one it is, or a phrase it begins, stands.
 */
function withoutPartOfIgnored<T extends { pattern: Pattern; length: number }>(
	match: T | null,
	token: string
): T | null {
	if (!match || match.length > 1 || !(IGNORED.has(token) || isHomograph(token))) return match;
	return match.pattern.words[0] === token ? match : null;
}

/** A word of the vocabulary in another form or with a typo; never a stop word, a people word or a homograph. */
function tolerantMatch(token: string, vocabulary: CompiledVocabulary): { pattern: Pattern; length: number } | null {
	if (IGNORED.has(token) || isHomograph(token)) return null;
	const pattern = fuzzyLookup(token, vocabulary.tolerance);
	return pattern ? { pattern, length: 1 } : null;
}

/** The words of the partners' names, lower-case, without stop words ("Bürgerpolizist für Hirschfelde"). */
function partnerWords(partners: ResponsiblePartner[]): string[] {
	return partners.flatMap((p) =>
		(p.name.match(/[\p{L}\p{N}]+/gu) ?? [])
			.filter((word) => !IGNORED.has(foldWord(word)))
			.map((word) => word.toLocaleLowerCase('de'))
	);
}

function unique(values: string[]): string[] {
	return [...new Set(values)];
}
