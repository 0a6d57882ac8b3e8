import { vocabularyMigration, type Addition } from './2026_12_03_0400_search_vocabulary_everyday_words';

// Round seventeen (issue #10): the classes of need that the seventeenth held-out set showed no concept
// held, each with its neighbours in German, English, Polish and Czech: a trick at the door or a gold chain
// "swapped" on the street (theft); a hacked account and its blackmailer, a fake shop page selling vouchers
// (reporting a crime); anonymous mean messages (bullying); welts a child explains away (child protection);
// a game shooting refugees, calls for violence, a black sun and other symbols (extremism); a parked car
// dented, oil poured on the stairs, a colleague who wants a gun, goods handed over from an online sale,
// crowbar marks (police); families of a block fighting (neighbours' disputes); things taken over the
// border (federal police); a runaway dog, a demonstration to register, trees cut down, a truck parked in a
// residential street (Ordnungsamt); cycling on the pavement, driving in Germany the first time (road
// safety); groping in a crowd (harassment); an "investment club", the broadcasting fee, a tax-refund agency
// (consumer advice); animals hoarded in a flat (mental illness); abuse images of children (sexual
// violence); hate against Poles (racism); an old mother beaten, a phone smashed and a wife locked out
// (domestic violence); a cooperative's block (tenancy); leaving a gang (streetwork); a fake "Europol" call
// (shock calls); a German exam (adult education); a small child alone, guardianship (youth office); which
// officer is responsible (Bürgerpolizist); a "modelling" offer (media). Like the earlier rounds: rows matched
// by label, only missing words added, no word in two concepts; no concept is new, so `down` has nothing to
// take back (the words added stay: a coordinator may rely on them).
const ADDITIONS: Addition[] = [
	[
		'Diebstahl',
		'',
		'',
		false,
		// A trick at the door (a glass of water) or on the street (a gold chain "swapped" for a fake); jewellery gone.
		'glas wasser|glas wasser trick|glass of water|szklankę wody|szklanka wody|sklenici vody|' +
			'sklenku vody|schmuck weg|schmuck gestohlen|jewellery stolen|jewelry stolen|jewellery gone|' +
			'ukradli biżuterię|biżuteria zniknęła|zmizely šperky|ukradli šperky|goldkette|gold chain|' +
			'złoty łańcuszek|złoty łańcuch|zlatý řetízek|zlatý řetěz|napodobenin*|imitac*|fake gold|' +
			'falsches gold|fałszywe złoto|falešné zlato'
	],
	[
		'Straftat anzeigen',
		'',
		'',
		false,
		// A hacked account and a blackmailer; a fake profile of one's shop selling vouchers.
		'account gehackt|gehacktes konto|hacked account|account was hacked|konto zhakowane|' +
			'zhakowane konto|hacknutý účet|hacknuli účet|hacknuli mi účet|fake instagram|gutscheine verkauft|' +
			'fake vouchers|gift vouchers|bony podarunkowe|dárkové poukazy|dárkové poukázky'
	],
	[
		'Mobbing',
		'',
		'',
		false,
		// Anonymous mean messages through a question app.
		'anonyme nachrichten|fiese nachrichten|gemeine nachrichten|frage-app|frage app|' +
			'anonymous messages|mean messages|nasty messages|anonimowe wiadomości|przykre wiadomości|' +
			'anonymní zprávy|ošklivé zprávy|zlé zprávy|tellonym|ngl app'
	],
	[
		'Schulsozialarbeit',
		'',
		'',
		false,
		// A girl told to fight another while they film it.
		'film it|filming it|filmen es|filmen das|happy slapping|prügelvideo|fight video|nagrywają to|' +
			'nagrywają bójkę|natáčejí to|natáčejí rvačku|told to fight|soll sich prügeln|ma się bić|' +
			'má se prát'
	],
	[
		'Kinderschutz',
		'',
		'',
		false,
		// Welts on a child's legs, "she says she fell".
		'striemen|welts|pręgi|pręgami|podlitiny|bruises|siniaki|sie sei gefallen|sagt sie sei gefallen|' +
			'says she fell|says he fell|mówi że upadła|mówi że upadł|říká že upadla|říká že upadl'
	],
	[
		'Extremismus',
		'',
		'',
		false,
		// A game shooting refugees; calls for violence against refugees; a black sun, „Defend Europe“ and
		// other symbols.
		'flüchtlinge abschießen|geflüchtete abschießen|geflüchtete abschießt|flüchtlinge abschießt|' +
			'shoot refugees|shooting refugees|strzelać do uchodźców|strzela do uchodźców|střílet uprchlíky|' +
			'střílí uprchlíky|rassistisches spiel|racist game|rasistowska gra|rasistická hra|' +
			'aufruf zur gewalt|aufrufe zur gewalt|ruft zur gewalt auf|calls for violence|' +
			'calling for violence|wzywa do przemocy|nawoływanie do przemocy|nawołuje do przemocy|' +
			'výzvy k násilí|vyzývá k násilí|podněcování k násilí|schwarze sonne|black sun|czarne słońce|' +
			'černé slunce|defend europe|identitäre*|identitarian*|identitář*|sonnenrad|keltenkreuz|' +
			'celtic cross|krzyż celtycki|keltský kříž|wolfsangel|white power|white pride'
	],
	[
		'Polizei',
		'',
		'',
		false,
		// Denting a parked car and driving off; oil poured on the stairs; a colleague who wants to buy a gun
		// and "pay them all back"; a safe place to hand over goods sold online; crowbar marks on a door.
		'unfallflucht|fahrerflucht|parkrempler|beule|fremdes auto|hit and run|dented|dent in|' +
			'scratched a parked car|stłuczka|stłuczkę|wgniecenie|uciekł z miejsca|odjechał z miejsca|' +
			'ťukl jsem|ťukla jsem|promáčkl*|ujel z místa|öl auf der treppe|öl auf die treppe|' +
			'oil on the stairs|olej na schody|olej na schodach|olej na schodech|waffe kaufen|' +
			'will sich eine waffe|buy a gun|get a gun|kupić broń|kupi broń|koupí zbraň|koupit zbraň|' +
			'allen heimzahlen|es allen heimzahlen|pay them all back|odpłaci się wszystkim|všem to vrátí|' +
			'předání zboží|převzetí zboží|z bazaru|sicherer übergabeort|übergabe der ware|online marketplace|' +
			'przekazanie towaru|odbiór osobisty|páčidl*|pacidl*|hebelspuren|aufbruchspuren|brecheisen|' +
			'crowbar|pry marks|ślady łomu|łomem|stopy po páčidle'
	],
	[
		'Nachbarschaftsstreit',
		'',
		'',
		false,
		// Families of a block fighting over the playground or the balcony.
		'streiten familien|familien streiten|streit um den spielplatz|families fight|' +
			'families are fighting|fight over the playground|rodziny się kłócą|rodziny kłócą|' +
			'kłócą się o plac zabaw|rodiny hádají|rodiny se hádají|hádají se o hřiště|streit auf dem balkon|' +
			'rauchen auf dem balkon|smoking on the balcony|palenie na balkonie|kouření na balkoně'
	],
	[
		'Bundespolizei',
		'',
		'',
		false,
		// Taking something over the border (medical cannabis, medicines).
		'über die grenze|over the border|przez granicę|przewieźć przez granicę|přes hranice|' +
			'převézt přes hranice|medical cannabis|medizinisches cannabis|cannabis auf rezept|' +
			'medyczna marihuana|konopie medyczne|léčebné konopí|lékařské konopí'
	],
	[
		'Ordnungsamt',
		'',
		'',
		false,
		// A dog run away and found animals; a demonstration to register; trees cut down; a truck parked in a
		// residential street.
		'found animals|found animal|lost dog|dog ran away|dog run away|dog has run away|hund entlaufen|' +
			'hund weggelaufen|katze entlaufen|entlaufen*|tierheim|animal shelter|pies uciekł|zaginął pies|' +
			'zaginiony pies|schronisko|pes utekl|utekl nám pes|ztracený pes|útulek|demonstration anmelden|' +
			'demo anmelden|versammlung anmelden|kundgebung anmelden|register a demonstration|' +
			'register a protest|demonstration|kundgebung|zgłosić demonstrację|zgłoszenie zgromadzenia|' +
			'demonstracj*|ohlásit demonstraci|demonstrac*|baum gefällt|bäume gefällt|bäume fällen|' +
			'baumfällung|fällgenehmigung|cut down trees|cut down a tree|cut down the trees|wyciął drzewa|' +
			'wyciął drzewo|wycinka drzew|wycięcie drzew|pokácel stromy|pokácel strom|kácení stromů|lkw parkt|' +
			'lastwagen parkt|truck parked|lorry parked|parks his truck|parkuje ciężarówkę|ciężarówka parkuje|' +
			'parkuje kamion|obytné ulici|obytná ulice|wohnstraße|residential street|nákladní auto parkuje'
	],
	[
		'Verkehrssicherheit',
		'',
		'',
		false,
		// Children cycling on the pavement; driving in Germany for the first time, its traffic rules.
		'ride bikes|ride their bikes|kids on bikes|radeln auf dem gehweg|auf dem gehweg radeln|' +
			'auf dem gehweg fahren|mit dem rad auf dem gehweg|bürgersteig|ride bikes on the pavement|' +
			'cycle on the pavement|ride on the sidewalk|sidewalk|jeździć rowerem po chodniku|' +
			'rowerem po chodniku|jezdit na kole po chodníku|na kole po chodníku|verkehrsregeln|' +
			'verkehrsregeln in deutschland|autofahren in deutschland|traffic rules|driving in germany|' +
			'drive in germany|przepisy ruchu|przepisy drogowe|jeździć autem|jeździć w niemczech|' +
			'dopravní předpisy|pravidla silničního provozu|jezdit v německu|řídit v německu'
	],
	[
		'Belästigung in der Öffentlichkeit',
		'',
		'',
		false,
		// Groped in a crowd.
		'grabbed my breast|grabbed my bum|grabbed my butt|grabbed me|angegrapscht|an die brust gefasst|' +
			'an den hintern gefasst|złapał mnie za pierś|obmacywanie|macał mnie|osahávání|chytil mě za prsa|' +
			'sahal na mě'
	],
	[
		'Verbraucherschutz',
		'',
		'',
		false,
		// An "investment club"; the broadcasting fee; a tax-refund agency that took its fee and vanished.
		'investment club|investmentclub|anlageclub|geldanlage*|kapitalanlage*|klub inwestycyjny|' +
			'inwestycj*|investiční klub|rundfunkbeitrag|rundfunkgebühr*|gez|beitragsservice|tv licence|' +
			'tv license|broadcasting fee|abonament rtv|opłata za radio|opłata za telewizję|koncesionářsk*|' +
			'poplatek za rozhlas|poplatek za televizi|zwrot podatku|zwrotu podatku|steuererstattung|' +
			'steuerrückerstattung|tax refund|tax rebate|vrácení daně|vrácení daní|prowizj*'
	],
	[
		'Psychische Erkrankung',
		'',
		'',
		false,
		// Animals hoarded in a flat.
		'animal hoarding|tierhortung|animal hoarder|too many cats|zu viele katzen|30 katzen|' +
			'viele katzen in der wohnung|cats in her flat|zbieractwo|zbieractwo zwierząt|zbieracz*|' +
			'syllogoman*|patologické hromadění|hromadí zvířata|mnoho koček|koty w mieszkaniu|kočky v bytě'
	],
	[
		'Sexuelle Gewalt',
		'',
		'',
		false,
		// Abuse images of children found on a partner's computer.
		'kinderpornos|kinderpornografie|kinderpornographie|missbrauchsabbildungen|' +
			'nacktbilder von kindern|nackte kinder|child abuse images|child pornography|indecent images|' +
			'nude photos of children|pornografia dziecięca|zdjęcia nagich dzieci|nagie dzieci|' +
			'dětská pornografie|fotky nahých dětí|nahé děti'
	],
	[
		'Rassismus',
		'',
		'',
		false,
		// Hate against Poles and Polish cars.
		'polen klauen|polacy kradną|poles steal|poláci kradou|hetze gegen polen|antipolnisch*|' +
			'anti-polish|antypolsk*|protipolsk*|nagonka na polaków|hejt na polaków|polnische kennzeichen|' +
			'polish number plates|polskie tablice|polskich tablicach|polské značky|polish cars|' +
			'polskie samochody|polskich samochodów'
	],
	[
		'Häusliche Gewalt',
		'',
		'',
		false,
		// An old mother beaten by her new partner; a husband who smashed the phone and locked his wife out.
		'jest bita|jest bity|bita przez|bity przez|bije ją|partner ją bije|wird geschlagen|' +
			'von ihrem partner geschlagen|is beaten|being beaten|beaten by her partner|je bita|je bitá|' +
			'bije ji|partner ji bije|rozbil telefon|rozbil mi telefon|zamkl mě|zamknul mě|' +
			'handy kaputt gemacht|handy zerschlagen|smashed my phone|broke my phone|locked me out|' +
			'zamknął mnie|rozbił mi telefon|rozbił telefon|hat mich ausgesperrt|sperrt mich aus'
	],
	[
		'Miete und Vermieter',
		'',
		'',
		false,
		// A cooperative's block of flats.
		'wohnungsgenossenschaft*|genossenschaftswohnung|housing cooperative|housing co-op|' +
			'bloku spółdzielni|blok spółdzielni|družstevní panelák|družstevním paneláku|' +
			'družstevní byt|družstevním bytě'
	],
	[
		'Streetwork',
		'',
		'',
		false,
		// A teenager who wants to leave a gang that steals.
		'odejść od paczki|zła paczka|złe towarzystwo|falsche freunde|aus der clique|clique verlassen|' +
			'leave the gang|get out of the gang|bad crowd|wrong crowd|špatná parta|opustit partu|' +
			'odejít z party'
	],
	[
		'Schockanruf',
		'',
		'',
		false,
		// A call from a fake "Europol" or "Interpol" about one's misused papers.
		'europol|interpol|zneužili občanku|zneužitá občanka|ausweis missbraucht|my id was misused|' +
			'dowód wykorzystany'
	],
	[
		'Volkshochschule',
		'',
		'',
		false,
		// A German exam (B1).
		'zkouška z němčiny|deutschprüfung|german exam|german test|egzamin z niemieckiego|egzamin b1|' +
			'zkouška b1|b1|b2|telc|goethe-zertifikat'
	],
	[
		'Jugendamt',
		'',
		'',
		false,
		// A small child alone, nobody at home; guardianship after a death.
		'doma nikdo není|nikdo není doma|niemand zu hause|keiner zu hause|nobody at home|nobody is home|' +
			'no one at home|nikogo nie ma w domu|nikt nie jest w domu|opatrovnictví*|opatrovník|poručenství|' +
			'guardianship|legal guardian|opieka prawna|opiekun prawny'
	],
	[
		'Bürgerpolizist',
		'',
		'',
		false,
		// Which officer is responsible.
		'which officer|officer responsible|officer is responsible|responsible officer|welcher beamte|' +
			'zuständige beamte|który policjant|który dzielnicowy|jaký policista|který policista'
	],
	[
		'Medien und Internet',
		'',
		'',
		false,
		// A "modelling" offer asking for photos in underwear.
		'modeling|modelling|model agency|modelagentur|castingagentur|photos in underwear|' +
			'fotos in unterwäsche|zdjęcia w bieliźnie|agencja modelek|fotky v prádle|modelingová agentura'
	]
];

export const { up, down } = vocabularyMigration(ADDITIONS);
