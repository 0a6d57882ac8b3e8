import { describe, expect, it } from 'vitest';
import { foldWord } from './fold';
import { vocabularySettings } from './settings';
import { vocabularyConcept as concept } from '../../tests/helpers/vocabulary-concept';
import { compileVocabulary, understandQuery } from './understand';

const vocabulary = compileVocabulary([
	concept(1, 'Mobbing', 'mobbing', 'mobbing|gemobbt|šikana|nękanie|nękane'),
	concept(2, 'Sucht', 'suchtprävention sucht', 'sucht|kiff*|drogen*|alkohol*'),
	concept(3, 'Stalking', 'stalking', 'uporczywe nękanie|verfolgt mich', true),
	concept(4, 'Gewalt', 'gewalt', 'gewalt*'),
	concept(5, 'Häusliche Gewalt', 'häusliche gewalt', 'häusliche gewalt|gewaltschutz*|bije', true),
	concept(6, 'Streetwork', 'streetwork', 'straßensozialarbeit'),
	concept(7, 'Bürgerpolizist', 'bürgerpolizist', 'bürgerpolizist*|dzielnicow*')
]);
const read = (q: string) => understandQuery(q, vocabulary);

describe('query understanding', () => {
	it('reads a German sentence by its meaningful word, inflected', () => {
		expect(read('Mein Kind wird in der Schule gemobbt')).toMatchObject({
			text: 'mobbing Schule gemobbt',
			topicCodes: ['mobbing']
		});
		expect(read('mein Sohn kifft').text).toBe('suchtprävention sucht kifft');
	});

	it('finds a concept at the start or the end of a compound', () => {
		expect(read('Suchtberatungsstelle').concepts.map((c) => c.label)).toEqual(['Sucht']);
		expect(read('Spielsucht').concepts.map((c) => c.label)).toEqual(['Sucht']);
		expect(read('Drogenberatung').concepts.map((c) => c.label)).toEqual(['Sucht']);
	});

	it('prefers the longer phrase or prefix', () => {
		expect(read('uporczywe nękanie').concepts.map((c) => c.label)).toEqual(['Stalking']);
		expect(read('Moje dziecko jest nękane w szkole').concepts.map((c) => c.label)).toEqual(['Mobbing']);
		expect(read('Gewaltschutz').concepts.map((c) => c.label)).toEqual(['Häusliche Gewalt']);
		expect(read('haeusliche Gewalt').concepts.map((c) => c.label)).toEqual(['Häusliche Gewalt']);
	});

	it('puts a concept named by a phrase before one named by a single word, else keeps the typed order', () => {
		const places = compileVocabulary([
			concept(1, 'Jugendarbeit', 'jugendarbeit', 'treffpunkt|jugendclub'),
			concept(2, 'Senioren', 'senioren', 'senior*|ältere menschen'),
			concept(3, 'Sport', 'sport', 'sport')
		]);
		const labels = (q: string) => understandQuery(q, places).concepts.map((c) => c.label);
		expect(labels('Treffpunkt für ältere Menschen')).toEqual(['Senioren', 'Jugendarbeit']);
		expect(understandQuery('Treffpunkt für ältere Menschen', places).text).toMatch(/^senioren jugendarbeit /);
		expect(labels('Jugendclub mit Sport')).toEqual(['Jugendarbeit', 'Sport']);
		expect(labels('Sport Jugendclub')).toEqual(['Sport', 'Jugendarbeit']);
	});

	it('puts what happens before where it happens, whatever the order or the phrase', () => {
		const settings = compileVocabulary([
			concept(1, 'Schäden melden', 'schäden', 'plac zabaw|spielplatz kaputt'),
			concept(2, 'Ordnungsamt', 'ordnungsamt', 'strzykawk*'),
			concept(3, 'Schule', 'schule', 'schule|szkole'),
			concept(4, 'Sucht', 'sucht', 'drogen*|vapk*|pijany|drunk'),
			concept(5, 'Medien', 'medien', 'internet|internetu'),
			concept(6, 'Begegnung', 'begegnung', 'z czechami|z czech'),
			concept(7, 'Gefahr', 'polizei', 'petard*'),
			concept(8, 'Kita', 'kita', 'kita|nursery|przedszkolu'),
			concept(9, 'Kinderschutz', 'kinderschutz', 'bruises|siniaki'),
			concept(10, 'Belästigung', 'polizei', 'zaczepia*|accosted'),
			concept(11, 'Rechtsberatung', 'amtsgericht', 'gericht|court|sąd|sądzie|soud|u soudu'),
			concept(12, 'Opferhilfe', 'opferhilfe', 'als zeugin|świadka|svědčit')
		]);
		const labels = (q: string) => understandQuery(q, settings).concepts.map((c) => c.label);
		expect(labels('dziecko znalazło strzykawki na placu zabaw')).toEqual(['Ordnungsamt', 'Schäden melden']);
		expect(labels('Schule Drogen')).toEqual(['Sucht', 'Schule']);
		expect(labels('objednal na internetu vapky')).toEqual(['Sucht', 'Medien']);
		expect(understandQuery('objednal na internetu vapky', settings).text).toMatch(/^sucht medien /);
		// Alone, a setting still names its concept; a need named beside it is no setting.
		expect(labels('plac zabaw')).toEqual(['Schäden melden']);
		expect(labels('Spielplatz kaputt an der Schule')).toEqual(['Schäden melden', 'Schule']);
		// The country something comes from is where; "z Czechami" (with Czechs) is a meeting.
		expect(labels('syn przywiózł z Czech petardy')).toEqual(['Gefahr', 'Begegnung']);
		expect(labels('wycieczka z Czechami')).toEqual(['Begegnung']);
		// A Kita is where (round 13), as a school is: the bruises lead; alone, it still names the Kitas.
		expect(labels("the nursery wants a doctor to check my son's bruises")).toEqual(['Kinderschutz', 'Kita']);
		expect(labels('w przedszkolu ma siniaki')).toEqual(['Kinderschutz', 'Kita']);
		expect(labels('Kita')).toEqual(['Kita']);
		// Drunk is said of whom it concerns (round 14): the accosting leads; alone, it is addiction.
		expect(labels('pijany mezczyzna zaczepia corke w parku')).toEqual(['Belästigung', 'Sucht']);
		expect(labels('a drunk man accosted my daughter')).toEqual(['Belästigung', 'Sucht']);
		expect(labels('pijany')).toEqual(['Sucht']);
		// A court is where a witness must go (round 15); alone, it still names the court.
		expect(labels('sąd wezwał mnie jako świadka')).toEqual(['Opferhilfe', 'Rechtsberatung']);
		expect(labels('musím svědčit u soudu')).toEqual(['Opferhilfe', 'Rechtsberatung']);
		expect(labels('ich soll vor Gericht als Zeugin aussagen')).toEqual(['Opferhilfe', 'Rechtsberatung']);
		expect(labels('court')).toEqual(['Rechtsberatung']);
	});

	it('puts the act before the stairwell, the bike or the driver it happened to', () => {
		const acts = compileVocabulary([
			concept(1, 'Schäden melden', 'schäden', 'klatka schodowa|treppenhaus'),
			concept(2, 'Diebstahl', 'diebstahl', 'kradzież*|ukradli'),
			concept(3, 'Verkehrssicherheit', 'verkehrswacht', 'řidič*|rower*')
		]);
		const labels = (q: string) => understandQuery(q, acts).concepts.map((c) => c.label);
		expect(labels('kradzież paczek z klatki schodowej')).toEqual(['Diebstahl', 'Schäden melden']);
		expect(labels('jsem řidič kamionu a v noci mi ukradli náklad')).toEqual(['Diebstahl', 'Verkehrssicherheit']);
		expect(labels('rower')).toEqual(['Verkehrssicherheit']);
	});

	it('puts what happens on the school bus before the bus', () => {
		const bus = compileVocabulary([
			concept(1, 'Schule', 'schule', 'schulbus*|autobusie szkolnym'),
			concept(2, 'Mobbing', 'mobbing', 'geschubst|popychają')
		]);
		const labels = (q: string) => understandQuery(q, bus).concepts.map((c) => c.label);
		expect(labels('im Schulbus wird er geschubst')).toEqual(['Mobbing', 'Schule']);
		expect(labels('w autobusie szkolnym go popychają')).toEqual(['Mobbing', 'Schule']);
	});

	it('reads the act a phrase tells before a medium, a vehicle, a person or money named in one word', () => {
		const acts = compileVocabulary([
			concept(1, 'Verkehrssicherheit', 'verkehrswacht', 'cycling'),
			concept(2, 'Angriff', 'opferhilfe', 'threat*|threw a bottle'),
			concept(3, 'Stalking', 'stalking', 'my ex'),
			concept(4, 'Schulden', 'schuldnerberatung', 'loan|car loan|guarantor*'),
			concept(5, 'Nachbarschaftsstreit', 'nachbarschaft', 'grozi policją|wali w sufit'),
			concept(6, 'Polizei', 'polizei', 'school shooting threat|reh angefahren'),
			concept(7, 'Schockanruf', 'enkeltrick', 'anrufer')
		]);
		const labels = (q: string) => understandQuery(q, acts).concepts.map((c) => c.label);
		// Cycling is where it happened; the bottle thrown is what happened.
		expect(labels('someone threw a bottle at me while i was cycling home')).toEqual([
			'Angriff',
			'Verkehrssicherheit'
		]);
		expect(labels('cycling home a driver threatened me')).toEqual(['Angriff', 'Verkehrssicherheit']);
		// Money owed by a contract is debt, whoever it is owed for.
		expect(labels('i signed as guarantor for my ex car loan')[0]).toBe('Schulden');
		// Threatening to call the police is a quarrel, not a threat of violence.
		expect(labels('sąsiadka grozi policją')).toEqual(['Nachbarschaftsstreit']);
		expect(labels('school shooting threat in the class chat')).toEqual(['Polizei']);
		// Asking whom to call names no caller of a shock call.
		expect(labels('Reh angefahren, wen muss ich anrufen')).toEqual(['Polizei']);
	});

	it('reads no sibling, parent or sleep as a vocabulary word it resembles', () => {
		const lookalikes = compileVocabulary([
			concept(1, 'Straftat anzeigen', 'polizei', 'brothel*'),
			concept(2, 'Häusliche Gewalt', 'häusliche gewalt', 'schlagen|schlägt', true),
			concept(3, 'Familienberatung', 'familienberatung', 'parenting')
		]);
		expect(understandQuery('my brother', lookalikes).concepts).toEqual([]);
		expect(understandQuery('my parents want to sell their house', lookalikes).concepts).toEqual([]);
		expect(understandQuery('parenting course', lookalikes).concepts).toHaveLength(1);
		expect(understandQuery('Mein Kind kann nicht schlafen', lookalikes)).toMatchObject({
			concepts: [],
			danger: false
		});
		expect(understandQuery('er schlägt mich', lookalikes).danger).toBe(true);
	});

	it('reads "gesucht" (wanted) as no addiction, whose word it ends with', () => {
		expect(read('Leihoma gesucht').concepts).toEqual([]);
		expect(read('Spielsucht').concepts.map((c) => c.label)).toEqual(['Sucht']);
	});

	it('reads a group of people as its concept only when the text names nothing else', () => {
		const youth = compileVocabulary([
			concept(
				1,
				'Jugendarbeit',
				'jugendarbeit',
				'jugendclub|jugendliche|jugendlichen|teens|nastolatki|po szkole'
			),
			concept(2, 'Sucht', 'sucht', 'sucht|kiff*'),
			concept(3, 'Schule', 'schule', 'szkole')
		]);
		const readYouth = (q: string) => understandQuery(q, youth);
		expect(readYouth('Wo treffen sich Jugendliche nachmittags')).toMatchObject({
			text: 'jugendarbeit treffen sich nachmittags Jugendliche',
			topicCodes: ['jugendarbeit']
		});
		expect(readYouth('somewhere for teens').concepts.map((c) => c.label)).toEqual(['Jugendarbeit']);
		// Next to a need the group only qualifies it, and stays a word for Meilisearch in its place.
		expect(readYouth('Jugendliche kiffen')).toMatchObject({
			text: 'sucht Jugendliche kiffen',
			topicCodes: ['sucht']
		});
		expect(readYouth('kiffen bei Jugendlichen').text).toBe('sucht Jugendlichen kiffen');
		// A group word inside a phrase is no group word: the phrase names its concept.
		expect(readYouth('zajęcia dla nastolatki po szkole').concepts.map((c) => c.label)).toEqual(['Jugendarbeit']);
		expect(readYouth('nastolatki w szkole').concepts.map((c) => c.label)).toEqual(['Schule']);
	});

	it('reads an apprentice or a first grader as their concept only when the text names no other need', () => {
		const groups = compileVocabulary([
			concept(1, 'Ausbildung', 'ausbildung', 'azubi*|ausbildungsplatz|sucht ausbildungsplatz'),
			concept(2, 'Sucht', 'sucht', 'sucht|kiff*|bekifft'),
			concept(3, 'Verkehrssicherheit', 'verkehrswacht', 'erstklässler*|prvňáč*|schulweg'),
			concept(4, 'Medien', 'medien', 'smartwatch*|chytré hodinky')
		]);
		const labels = (q: string) => understandQuery(q, groups).concepts.map((c) => c.label);
		expect(labels('Unser Azubi kommt bekifft in die Werkstatt')).toEqual(['Sucht']);
		expect(labels('Azubi für die Werkstatt')).toEqual(['Ausbildung']);
		expect(labels('Azubi sucht Ausbildungsplatz')).toEqual(['Ausbildung']);
		expect(labels('Smartwatch mit Abhörfunktion für Erstklässler')).toEqual(['Medien']);
		expect(labels('chytré hodinky pro prvňáčky')).toEqual(['Medien']);
		expect(labels('Schulweg üben mit Erstklässlern')).toEqual(['Verkehrssicherheit']);
		expect(labels('Kurs für Erstklässler')).toEqual(['Verkehrssicherheit']);
	});

	it('treats ß/ss, umlauts and their ae/oe/ue spellings, diacritics and case alike', () => {
		expect(foldWord('Straßensozialarbeit')).toBe(foldWord('Strassensozialarbeit'));
		expect(foldWord('Bürgerpolizist')).toBe(foldWord('Buergerpolizist'));
		expect(foldWord('ŠIKANA')).toBe('sikana');
		expect(foldWord('dłużników')).toBe('dluznikow');
		expect(read('Strassensozialarbeit').text).toBe('streetwork Strassensozialarbeit');
		expect(read('sikana').text).toBe('mobbing sikana');
		expect(read('Buergerpolizist').text).toBe('bürgerpolizist Buergerpolizist');
	});

	it('keeps places and other unknown words after the concept terms, and the recognised words last', () => {
		expect(read('dzielnicowy Hirschfelde').text).toBe('bürgerpolizist Hirschfelde dzielnicowy');
	});

	it('names the words recognised only by a known part, as typed, but not an inflected word', () => {
		expect(read('Suchtberatungsstelle Zittau')).toMatchObject({
			text: 'suchtprävention sucht Zittau Suchtberatungsstelle',
			compounds: 'Suchtberatungsstelle'
		});
		expect(read('kifft').compounds).toBeNull();
		expect(read('Mobbing').compounds).toBeNull();
	});

	it('leaves a text without a known concept unchanged', () => {
		expect(read('Verkehrswacht Zittau')).toEqual({
			text: 'Verkehrswacht Zittau',
			compounds: null,
			concepts: [],
			topicCodes: [],
			danger: false,
			places: []
		});
	});

	it('lets a word as written lead over a guess at another word', () => {
		// "Mobing" is Mobbing only as a typo; "kiffen" is Sucht as written.
		expect(read('Mobing wegen kiffen').concepts.map((c) => c.label)).toEqual(['Sucht', 'Mobbing']);
	});

	it('flags acute danger in any language', () => {
		expect(read('mąż mnie bije').danger).toBe(true);
		expect(read('mein Ex verfolgt mich').danger).toBe(true);
		expect(read('Mobbing').danger).toBe(false);
	});
});

describe('places of the areas', () => {
	const police = concept(8, 'Polizei', 'polizei bürgerpolizist', 'polizist*|police officer|okrskář*');
	const school = concept(9, 'Schule', 'schule', 'schule|school|szkoł*|škol*');
	const officer = (partner: string, ...places: string[]) =>
		places.map((place) => ({ place, partner, category: 'Polizei' }));
	const withPlaces = compileVocabulary(
		[police, school],
		[
			...officer(
				'Bürgerpolizistin Zittau-Nord und Zittau-West',
				'Lessingstraße',
				'Zittau-Nord',
				'Äußere Oybiner Straße'
			),
			...officer('Bürgerpolizist für Hirschfelde', 'Schlegel', 'Hirschfelde'),
			...officer('Bürgerpolizist Süd', 'Äußere Oybiner Straße')
		]
	);
	const readPlace = (q: string) => understandQuery(q, withPlaces).text;

	it('names the officer of a street or Ortsteil first, whatever the spelling, in every language', () => {
		const northWest = /^bürgerpolizistin zittau nord west polizei bürgerpolizist /;
		expect(readPlace('police officer for Lessingstrasse')).toMatch(northWest);
		expect(readPlace('Polizist Lessingstr.')).toMatch(northWest);
		expect(readPlace('okrskář Lessing Straße')).toMatch(northWest);
		expect(readPlace('okrskář ve Schlegelu')).toBe('bürgerpolizist hirschfelde polizei Schlegelu okrskář');
		expect(readPlace('Polizist Zittau Nord')).toMatch(northWest);
		expect(readPlace('okrskář Zittau sever')).toMatch(/^bürgerpolizistin zittau nord west /);
	});

	it('gives a quarter named in Polish, Czech or English to Meilisearch in the German of its name', () => {
		expect(readPlace('szkoła Zittau północ')).toBe('schule Zittau nord szkoła');
		expect(understandQuery('Zittau sever', withPlaces).places).toEqual(['Zittau', 'nord']);
		expect(readPlace('szkoła północ')).toBe('schule północ szkoła');
	});

	it('asks for the officer before what else the text tells', () => {
		const strangers = concept(10, 'Unsichere Orte', 'unsicher', 'strangers');
		const vocabulary = compileVocabulary(
			[strangers, police],
			officer('Bürgerpolizist für Hirschfelde', 'Dittelsdorf')
		);
		expect(understandQuery('strangers in Dittelsdorf, who is our Polizist', vocabulary).text).toMatch(
			/^bürgerpolizist hirschfelde unsicher polizei /
		);
	});

	it('names the officer of a place typed alone, and every officer of a street they share', () => {
		expect(readPlace('Schlegel')).toBe('bürgerpolizist hirschfelde Schlegel');
		expect(readPlace('Polizist Äussere Oybiner Str.')).toMatch(
			/^bürgerpolizistin zittau nord west bürgerpolizist süd /
		);
	});

	it('keeps the words naming a place, for a search that finds nothing else', () => {
		expect(understandQuery('whos the local copper for Pethau', withPlaces).places).toEqual([]);
		expect(understandQuery('whos the local copper for Schlegel', withPlaces).places).toEqual(['Schlegel']);
		expect(understandQuery('Polizist Äussere Oybiner Str. 12', withPlaces).places).toEqual([
			'Äussere',
			'Oybiner',
			'Str',
			'12'
		]);
	});

	it('leaves a place alone when the text asks for something other than the officer', () => {
		expect(readPlace('szkoła w Hirschfelde')).toBe('schule Hirschfelde szkoła');
		expect(readPlace('Bäckerei Lessingstraße')).toBe('Bäckerei Lessingstraße');
	});

	it('puts a place named right after the concepts’ terms, before the other words, in every language', () => {
		expect(readPlace('freie Plätze in der Schule Hirschfelde')).toBe('schule Hirschfelde freie Plätze Schule');
		expect(readPlace('school place in Hirschfelde')).toBe('schule Hirschfelde place school');
		expect(readPlace('wolne miejsca w szkole Hirschfelde')).toBe('schule Hirschfelde wolne miejsca szkole');
		expect(readPlace('volná místa ve škole Schlegelu')).toBe('schule Schlegelu volná místa škole');
	});

	it('reads a street whose name begins with an adjective in another German case', () => {
		expect(readPlace('Polizist in der Äußeren Oybiner Straße')).toMatch(
			/^bürgerpolizistin zittau nord west bürgerpolizist süd /
		);
		expect(understandQuery('Schule Äußeren', withPlaces).places).toEqual([]);
	});
});

describe('vocabulary settings for Meilisearch', () => {
	it('maps whole words and short phrases to the search terms, leaving prefixes to the query understanding', () => {
		const { synonyms } = vocabularySettings([
			concept(1, 'Sucht', 'sucht', 'sucht|kiff*|drogen|drinks too much|a b c d')
		]);
		expect(synonyms).toEqual({ drogen: ['sucht'], 'drinks too much': ['sucht'] });
	});

	it('leaves out a phrase that is one word besides stop words, which Meilisearch would read as that word', () => {
		const { synonyms } = vocabularySettings([
			concept(1, 'Häusliche Gewalt', 'häusliche gewalt', 'polizei war da|schlägt mich|partner schlägt'),
			concept(2, 'Polizei', 'polizei', 'polizei|polizeiwache')
		]);
		expect(synonyms).toEqual({ 'partner schlägt': ['häusliche gewalt'], polizeiwache: ['polizei'] });
	});
});
