import { vocabularyMigration, type Addition } from './2026_12_03_0400_search_vocabulary_everyday_words';

// Round seven (issue #10): classes of situation a KPR network meets, each led to the partner that answers
// it, with siblings in German, English, Polish and Czech: a crime to report (money and cards, weapons, a
// stranger watching children; the Polizeirevier takes the report), a danger or nuisance in public (dogs,
// drones, races, shooting at animals; Ordnungsamt and police), young people fighting or drinking where
// they meet outside (streetwork and police), a forced marriage (youth migration service), signs of
// violence a carer sees on an adult (intervention against domestic violence), and the words missing from
// known concepts: a disaster at home for the crisis service, a teenager's pregnancy, unexplained money
// and porn clips for the family counselling, a girl gone off with an older man, donations asked for on the
// phone, naturalisation, child benefit, partner schools, statistics, reflectors, autism, energy drinks.
// A place where something happens is a phrase of two words, so it leads over a single word of violence
// ("fights at the skatepark" is the streetworkers' before the counselling against violence).
// Like the earlier rounds: rows matched by label, only missing words added, no word in two concepts;
// `down` removes the new concepts.
const ADDITIONS: Addition[] = [
	// New concepts (search terms given), each led by words of the answering partners' own profiles.
	[
		'Straftat anzeigen',
		'polizei anzeigen',
		'kriminalpraevention',
		false,
		// Money, cards and accounts.
		'skimming|geldautomat manipuliert|falschgeld|blüten|gefälschte geldscheine|gefälschte scheine|' +
			'konto verkauft|konto verkaufen|geldwäsche|finanzagent*|' +
			'counterfeit*|fake money|fake banknote*|fake notes|card skimming|sold his account|sold her account|' +
			'sold my account|money mule*|money laundering|' +
			'fałszywe pieniądze|fałszywe banknoty|fałszywy banknot|skimmer*|sprzedał konto|sprzedała konto|' +
			'pranie pieniędzy|' +
			'padělané peníze|padělky|falešné peníze|falešné bankovky|falešná bankovka|prodal účet|prodala účet|' +
			'prodal svůj bankovní účet|praní peněz|bílý kůň|' +
			// Stolen goods bought, a hacked account that asks friends for money.
			'gestohlenes fahrrad gekauft|hehlerei|gestohlen gekauft|instagram gehackt|insta gehackt|' +
			'bought a stolen|found out its stolen|receiving stolen goods|instagram hacked|insta hacked|' +
			'kupiłem kradziony|kupiłam kradziony|paserstwo|zhakowane konto|włamali się na konto|' +
			'koupil jsem kradené|kradené kolo|hacknutý účet|hacknutý instagram|' +
			// Weapons.
			'pfefferspray|pfeffer spray|reizgas|schreckschuss*|luftgewehr*|luftpistole*|messer dabei|' +
			'messer bei sich|waffenverbot*|waffenverbotszone|' +
			'pepper spray|air gun*|airgun*|bb gun*|carrying knives|carrying knife*|carry knives|carry a knife|' +
			'gaz pieprzowy|gazu pieprzowego|wiatrówk*|noszą noże|nosi nóż|nosić nóż|' +
			'pepřový sprej|pepřák*|vzduchovk*|vzduchová puška|nosí nůž|nosí nože|' +
			// A stranger watching children.
			'beobachtet die kinder|beobachtet kinder|spricht kinder an|fremder mann vor der schule|' +
			'watching the kids|watching children|watching kids|talks to children|' +
			'obserwuje dzieci|zaczepia dzieci|obcy mężczyzna|sleduje děti|oslovuje děti|cizí muž|' +
			// Trouble in one's own shop or pub.
			'kebab shop|closing time|sperrstunde|mein imbiss|meinem imbiss|meinem laden|mój sklep|' +
			'moim sklepie|mój lokal|moim lokalu|můj obchod|mém obchodě|moje hospoda|mé hospodě'
	],
	[
		'Gefahr im öffentlichen Raum',
		'polizei hinweisen',
		'nachbarschaft',
		false,
		'kampfhund*|listenhund*|hund ohne leine|hunde ohne leine|ohne leine|leinenpflicht|hund gebissen|' +
			'hund hat gebissen|hundebiss*|gebissen|bissiger hund|' +
			'dangerous dog|dog off the lead|dog off leash|off the lead|off leash|dog bite*|dog bit|bitten by a dog|' +
			'pies bez smyczy|bez smyczy|ugryzł*|pogryzł*|pogryziony|pogryziona|groźny pies|' +
			'pes bez vodítka|bez vodítka|pokousal*|kousl*|pokousaný|pokousaná|nebezpečný pes|' +
			'drohne*|drone*|dron|drona|drony|dronem|dronu|' +
			'autorennen|illegale rennen|illegales rennen|poser*|driften|' +
			'car races|car racing|street racing|street races|drag racing|' +
			'wyścigi|wyścig*|wyscigi|driftują|drift*|' +
			'závody aut|závodí|pouliční závody|driftování|' +
			'tierquälerei|schießt auf katzen|schießt auf tiere|auf katzen geschossen|' +
			'animal cruelty|shoots at cats|shooting at cats|shoots cats|' +
			'znęcanie się nad zwierzętami|strzela do kotów|strzela do zwierząt|' +
			'týrání zvířat|střílí po kočkách|střílí na kočky|střílí po zvířatech'
	],
	[
		'Streit und Trinken draußen',
		'streetwork polizei',
		'gewaltpraevention',
		false,
		'schlägerei am|schlägerei vor|schlägereien am|schlägereien vor|prügelei am|prügelei vor|prügeleien am|' +
			'prügeleien vor|fights at|fights outside|fight outside|fighting outside|brawl*|' +
			'bójki na|bójki przed|bójka na|bójka przed|bijatyki przed|bijatyka przed|bijatyk*|' +
			'rvačky před|rvačky na|rvačka před|rvačka na|bitky před|' +
			'young people drinking|teens drinking|drunk teens|młodzi piją|młodzież pije|pijana młodzież|' +
			'mladí pijí|mládež pije|opilí mladí|jugendliche trinken|jugendliche saufen|besoffene jugendliche'
	],
	[
		'Elternbriefe in anderen Sprachen',
		'elternbriefe mehrsprachig',
		'integration',
		false,
		'elternbrief*|briefe der schule|school letters|letters from school|parent letters|letters for parents|' +
			'listy ze szkoły|listy dla rodziców|informacje dla rodziców|dopisy ze školy|informace pro rodiče|' +
			'dopisy pro rodiče'
	],
	[
		'Zwangsheirat',
		'jugendmigrationsdienst',
		'jugendschutz',
		false,
		'zwangsheirat*|zwangsehe*|zwangsverheirat*|verheiraten|verheiratet werden|soll heiraten|muss heiraten|' +
			'forced marriage|forced to marry|marry me off|arranged marriage|make me marry|' +
			'przymusowe małżeństwo|zmuszają do ślubu|zmuszają mnie do ślubu|wydać za mąż|wydać mnie za mąż|' +
			'nucený sňatek|nucené manželství|chtějí mě provdat|provdat|oženit mě'
	],
	[
		'Gewalt gegen Pflegebedürftige',
		'häusliche gewalt',
		'haeusliche-gewalt',
		false,
		// The carer who sees it, not the care itself: "Pflegeheim gesucht" is no violence.
		'pflegekraft|pflegerin|gewalt in der pflege|misshandlung in der pflege|' +
			'carer|caregiver|care worker|elder abuse|abuse in care|' +
			'opiekunka|opiekunką|podopieczn*|przemoc wobec seniorów|przemoc w opiece|' +
			'pečovatelka|pečovatel|pečovatelk*|klientka|klientky|týrání seniorů|násilí na seniorech'
	],
	// Words missing from known concepts.
	[
		'Krise',
		'',
		'',
		false,
		'wohnungsbrand|hausbrand|nach dem brand|der brand|brand im|brand in|abgebrannt|feuer im haus|hochwasser|überschwemmung|unwetter|' +
			'house fire|the fire|fire in|burned down|flood|flooded|' +
			'pożar*|spłonął|spłonęło|powódź|powodzi|zalało|' +
			'požár*|vyhořel*|povodeň|povodně|povodni|zatopil*'
	],
	[
		'Familienberatung',
		'',
		'',
		false,
		'schwanger|schwangere tochter|mit 16 schwanger|pregnant|pregnancy|jest w ciąży|zaszła w ciążę|' +
			'těhotná|otěhotněla|' +
			'woher das geld|unerklärlich viel geld|plötzlich viel geld|where he gets the money|unexplained money|' +
			'skąd ma pieniądze|skąd ma kasę|nosi do domu pieniądze|odkud má peníze|nosí domů peníze|' +
			'porno*|pornos|porn|horror*|horrorfilme|horror clips|' +
			'pornografi*|horrory|horrorów|pornografie|horory|' +
			'klaut zu hause|klaut uns geld|steals from us|steals from me|kradnie nam|kradnie mi|krade nám|krade mi'
	],
	[
		'Weggelaufen',
		'',
		'',
		false,
		'älteren mann|älteren freund|viel älter|older man|older boyfriend|starszym facetem|starszym mężczyzną|' +
			'starszego faceta|starším chlapem|starším mužem|starším přítelem|odešla za|odešel za|uciekła do'
	],
	[
		'Verbraucherschutz',
		'',
		'',
		false,
		'spende*|spendensammler|spendenanruf|charity|charities|donate|donation*|' +
			'darowizn*|zbiórk*|datek|datki|sbírk*|dar na|přispět na'
	],
	[
		'Migration',
		'',
		'',
		false,
		'einbürgerung*|einbürgerungstest|staatsbürgerschaft|naturalisation|naturalization|citizenship|' +
			'obywatelstwo|obywatelstwa|naturalizacj*|občanství|státní občanství|' +
			'kindergeld|elterngeld|child benefit|zasiłek*|zasilek*|becikowe|přídavky na děti|přídavek na dítě|' +
			'rodičovský příspěvek'
	],
	[
		'Begegnung im Dreiländereck',
		'',
		'',
		false,
		'mentor*|patenschaft*|paten für|pate für|mentoring|opiekun rodziny|patronát*|mentorka'
	],
	[
		'Jugendbegegnung',
		'',
		'',
		false,
		'schulpartnerschaft*|partner school*|szkoła partnerska|szkoły partnerskiej|szkołę partnerską|' +
			'partnerská škola|partnerskou školu|partnerské školy'
	],
	[
		'Sicherheit erforschen',
		'',
		'',
		false,
		'kriminalstatistik*|statistik*|lagebild|crime statistics|statistic*|crime rate|' +
			'statystyk*|przestępczość|statistika*|statistiky|kriminalita|kriminality'
	],
	[
		'Treffpunkt für alle Generationen',
		'',
		'',
		false,
		'intergenera*|generationen*|międzypokoleni*|mezigenera*|vícegenera*'
	],
	[
		'Verkehrssicherheit',
		'',
		'',
		false,
		'reflektor*|warnweste*|sichtbar im dunkeln|reflective|reflector*|hi vis|high vis*|' +
			'odblask*|kamizelka odblaskowa|reflexní|reflexni|reflexní prvky|reflexní vesta'
	],
	['Behinderung', '', '', false, 'autis*|asperger*|autyzm*|autyst*|autyzmem'],
	// Hostility for showing who one is (a rainbow flag) is hate like racism: the victims' counselling answers.
	[
		'Rassismus',
		'',
		'',
		false,
		'regenbogenfahne*|regenbogenflagge*|regenbogen*|rainbow flag*|rainbow|pride flag|' +
			'tęczow*|tęcza|tęczę|flaga lgbt|duhov*|duha|duhovou vlajku'
	],
	// "sucht" is also the verb: an apprentice who "sucht" a training place is no addiction.
	[
		'Ausbildung und Beruf',
		'',
		'',
		false,
		'sucht ausbildungsplatz|sucht einen ausbildungsplatz|sucht ausbildung|sucht eine ausbildung|' +
			'sucht lehrstelle|sucht eine lehrstelle|sucht praktikum|sucht ein praktikum|sucht arbeit|' +
			'sucht job|sucht einen job|sucht praktikumsplatz|sucht einen praktikumsplatz'
	],
	[
		'Sucht',
		'',
		'',
		false,
		'energydrink*|energy drink*|energiegetränk*|energetyk*|energetyki|energetické nápoje|energeťák*|energy drinky'
	]
];

export const { up, down } = vocabularyMigration(ADDITIONS);
