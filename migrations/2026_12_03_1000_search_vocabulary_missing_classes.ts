import type { Kysely } from 'kysely';
import { addVocabulary, type Addition } from './2026_12_03_0400_search_vocabulary_everyday_words';

// Round three (issue #10): inflections and typos are now read by the query understanding itself
// (search/vocabulary/fuzzy.ts), so this adds only whole classes of need the vocabulary had no word
// for: medicines as a drug and gambling away money, an energy supply cut off and money that does not
// last the month, a clicked link or card data typed into a fake page, drugs dealt in the street
// (the police, not addiction counselling), a child who refuses school or is hurt at break time,
// property damaged on purpose, a partner who yanks or pushes, compensation after a crime, and
// young or new drivers. Like 2026_12_03_0400: rows are matched by label, only missing words are
// added, and no concept is new, so nothing is removed on the way down.
export async function up(db: Kysely<any>): Promise<void> {
	await db
		.updateTable('search_vocabulary')
		.set({ search_terms: SUCHT_TERMS.now })
		.where('label', '=', 'Sucht')
		.where('search_terms', '=', SUCHT_TERMS.before)
		.execute();
	await addVocabulary(db, ADDITIONS);
}

const SUCHT_TERMS = { before: 'suchtprävention sucht', now: 'suchtprävention sucht suchtberatung' };

// The words stay: a coordinator may have come to rely on them since.
export async function down(): Promise<void> {}

const ADDITIONS: Addition[] = [
	[
		'Sucht',
		'',
		'',
		false,
		'schmerzmittel*|schmerztabletten|tablettensucht|beruhigungsmittel|opioid*|verzock*|verspielt|spielschulden|' +
			'painkiller*|opiate*|sleeping pills|hooked on|addicted|gambling|gambles|gambler|betting|' +
			'leki przeciwbólowe|tabletki|przeciwbólow*|uzależnion*|hazardzist*|przegrywa pieniądze|' +
			'prášky|léky proti bolesti|závislý|závislá|gambler*|automaty|hraje automaty'
	],
	[
		'Schulden',
		'',
		'',
		false,
		'strom abgestellt|strom gesperrt|gas abgestellt|stromsperre|energieschulden|geld reicht nicht|' +
			'kein geld mehr|am monatsende|mahnung*|' +
			'electricity|power cut off|cut off my power|gas cut off|energy bill*|utility bill*|' +
			'money runs out|end of the month|' +
			'odcięli prąd|odetną prąd|prąd|rachunek za prąd|nie starcza|do pierwszego|brak pieniędzy|' +
			'elektřin*|odpojí proud|nedoplatek|nevyjdu s penězi|do výplaty'
	],
	[
		'Betrug',
		'',
		'',
		false,
		'link geklickt|auf einen link|auf den link|paket sms|sms mit link|gefälschte seite|fake shop|fakeshop|' +
			'kartendaten|karte gesperrt|geld abgebucht|' +
			'clicked a link|clicked the link|parcel text|delivery text|fake website|card details|' +
			'money taken from my account|' +
			'kliknąłem w link|kliknęłam w link|link w sms|dane karty|fałszywej stronie|fałszywa strona|' +
			'fałszywy sklep|' +
			'klikl jsem na odkaz|klikla jsem na odkaz|odkaz v sms|falešný e shop|falešná stránka|údaje z karty'
	],
	[
		'Polizei',
		'',
		'',
		false,
		'dealt mit drogen|drogen verkauft|verkauft drogen|drogenhandel|' +
			'dealing drugs|selling drugs|drug dealing|drug dealer|' +
			'handluje narkotykami|sprzedaje narkotyki|handel narkotykami|' +
			'prodává drogy|prodej drog|dealuje'
	],
	[
		'Schulsozialarbeit',
		'',
		'',
		false,
		'will nicht zur schule|will nicht mehr zur schule|schulverweiger*|schulangst|schwänzt|' +
			'refuses to go to school|won t go to school|school refusal|skipping school|' +
			'nie chce chodzić do szkoły|wagaruje|' +
			'nechce do školy|nechce chodit do školy|chodí za školu'
	],
	[
		'Mobbing',
		'',
		'',
		false,
		'in der pause|auf dem pausenhof|at break time|at recess|in the playground|na przerwie|o přestávce'
	],
	[
		'Vandalismus',
		'',
		'',
		false,
		'zerstört|zerkratzt|kaputt gemacht|beschädigt|' +
			'damaged my|' +
			'niszczy|zniszczył*|porysował*|' +
			'ničí|ničil*|zničil*|poškodil*|poškozuje'
	],
	[
		'Häusliche Gewalt',
		'',
		'',
		true,
		'partner schlägt|partnerin schlägt|schubst|' +
			'partner hits|pushes me around|' +
			'szarpie|szarpał*|popycha|partner mnie|' +
			'strká|cloumá'
	],
	[
		'Opferhilfe',
		'',
		'',
		false,
		'wer zahlt den schaden|wer zahlt mir den schaden|schmerzensgeld|entschädigung|' +
			'compensation|who pays for the damage|' +
			'odszkodowani*|zadośćuczynieni*|' +
			'odškodné|odškodnění|náhrada škody'
	],
	[
		'Verkehrssicherheit',
		'',
		'',
		false,
		'fahranfänger*|junge fahrer|fahrsicherheitstraining|' +
			'young driver*|new driver*|learner driver*|driver training|' +
			'młodzi kierowcy|młody kierowca|kierowc*|' +
			'řidič*|mladí řidiči|mladé řidiče|autoškol*'
	]
];
