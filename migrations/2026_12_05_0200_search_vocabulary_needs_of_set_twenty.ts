import { vocabularyMigration, type Addition } from './2026_12_03_0400_search_vocabulary_everyday_words';

// Round twenty (issue #10): the classes of need that the twentieth held-out set showed no concept held, each with
// its neighbours in German, English, Polish and Czech. Three new concepts: the police's prevention officers in a
// class, social learning in a primary school (a class council, social training), trouble with one's training
// company or instructor (the vocational school). Words for: funding for an integration project (equality and
// integration officer); books in easy language, the „Sicher im Netz“ courses (library); a drink spiked (sexual
// violence); an old man who leaves the stove on (mental illness); a child coming home with broken things, afraid to
// go to school, locked in by other pupils (school social work); the Polish and Czech police (federal police); door
// repair after a burglary, lighting in a block's cellar and stairwell (burglary); knives or cigarettes sold
// illegally, a fire lane blocked, dog fights, arrows over the fence (Ordnungsamt); an adult touching girls in a
// club, luring children in, a boss writing to a girl, a child's secret, a child not allowed to eat (youth office);
// keeping someone's ID card, photographing women in secret (reporting a crime); someone who turns up again and
// again (stalking); a tradesman asking many times the price (consumer advice); a youth kept at home by the parents
// (running away); an inherited hunting rifle, a gun drawn, a burglary seen in progress (police); a cheque for a
// lawyer, an escort to court (victim support); a teenager who committed an offence (youth justice); everything
// taken (theft); gaming through the night (addiction); being called names for one's nationality, threats for a
// political opinion (racism); songs against foreigners and the „population exchange“ (extremism); suspected child
// abuse (child protection); an electricity cut-off reminder (debts); a romance scam (fraud). Like the earlier
// rounds: rows matched by label, only missing words added, no word in two concepts; `down` takes back the three new
// concepts only (the words added to existing ones stay: a coordinator may rely on them).
const ADDITIONS: Addition[] = [
	[
		'Polizei in der Schule',
		'präventionsteam präventionsbeamtinnen',
		'',
		false,
		// The police's prevention officers in a class: a lesson, a talk on what is illegal.
		'präventionsteam*|präventionsbeamt*|polizei in der schule|polizei im unterricht|polizist in der klasse|' +
			'polizistin in der klasse|prevention team|police visit to school|police officer in class|' +
			'police talk at school|lesson with a police officer|lekcja z policjantem|policjant w szkole|' +
			'policjant w klasie|wizyta policji w szkole|policista ve škole|policista ve třídě|beseda s policistou|' +
			'beseda s policií|was strafbar ist|was ist strafbar|what is illegal|illegal to share|co jest nielegalne|' +
			'co jest karalne|co je trestné|co je nelegální'
	],
	[
		'Soziales Lernen in der Grundschule',
		'klassenrat sozialtraining',
		'',
		false,
		// A class council, social training in the first classes.
		'klassenrat|klassenrats|klassenräte|class council|class councils|rada klasy|samorząd klasowy|třídní rada|třídní samospráva|' +
			'sozialtraining|soziales training|social skills training|social training|trening społeczny|' +
			'trening umiejętności społecznych|sociální trénink|sociálního tréninku'
	],
	[
		'Konflikt im Ausbildungsbetrieb',
		'ausbildungsbetrieb berufsschule',
		'',
		false,
		// Trouble with the training company, the master craftsman or the instructor at work.
		'ausbildungsbetrieb*|lehrbetrieb*|praxisanleiter*|ausbilder|ausbilderin|mein meister|meinem meister|' +
			'training company|apprenticeship company|master craftsman|my instructor at work|my supervisor at work|' +
			'z mistrzem|mój mistrz|opiekun praktyk|na praktykach zawodowych|zakład szkolący|s mistrem|mistrem|' +
			'konfliktu s mistrem|učňovském podniku|vedoucí praxe'
	],
	[
		'Gleichstellung',
		'',
		'',
		false,
		// Funding for an integration or encounter project.
		'integrationsprojekt*|begegnungsprojekt*|project funding|funding for a project|' +
			'integration project*|dofinansowanie projektu|dotacja na projekt|projekt integracyjny|dotace na projekt|' +
			'integrační projekt*'
	],
	[
		'Bibliothek',
		'',
		'',
		false,
		// Books in easy language; the „Sicher im Netz“ courses for older people.
		'bücher in leichter sprache|books in easy language|books in plain language|easy read books|' +
			'książki w prostym języku|knihy v jednoduchém jazyce|knihy ve snadném čtení|sicher im netz|' +
			'internetkurs für senioren|internet course for seniors|kurs internetu dla seniorów|kurz internetu pro seniory'
	],
	[
		'Sexuelle Gewalt',
		'',
		'',
		false,
		// A drink spiked.
		'k o tropfen|ko tropfen|was ins glas getan|was ins glas gekippt|spiked my drink|spiked her drink|' +
			'drink was spiked|drink spiked|dosypał jej coś do drinka|coś do drinka|tabletka gwałtu|' +
			'nasypal jí něco do pití|něco do pití|drogy do pití'
	],
	[
		'Psychische Erkrankung',
		'',
		'',
		false,
		// An old person who leaves the stove on.
		'herd an|lässt den herd an|leaves the stove on|leaves the cooker on|zostawia włączoną kuchenkę|' +
			'nie wyłącza kuchenki|nechává zapnutý sporák|nevypíná sporák'
	],
	[
		'Schulsozialarbeit',
		'',
		'',
		false,
		// A child coming home with broken things, afraid to go to school, locked in by other pupils.
		'kaputten sachen|kaputte sachen|broken things|things broken|zniszczone rzeczy|zepsute rzeczy|rozbité věci|' +
			'zničené věci|scared to go to school|afraid to go to school|angst in die schule|' +
			'boi się iść do szkoły|bojí se jít do školy|lock him in|locked him in|sperren ihn ein|zamykają go|' +
			'zamknęli go|zamykají ho|zamkli ho'
	],
	[
		'Bundespolizei',
		'',
		'',
		false,
		// The Polish and the Czech police.
		'polish police|polnische polizei|polnischen polizei|polską policją|polskiej policji|polská policie|' +
			'polskou policií|czech police|tschechische polizei|tschechischen polizei|czeską policją|czeskiej policji|' +
			'česká policie|českou policií|joint patrol*|gemeinsame streife*|wspólne patrole|společné hlídky'
	],
	[
		'Einbruch',
		'',
		'',
		false,
		// A door to repair after a burglary; better lighting in a block's cellar and stairwell.
		'door repair|repair the door|tür reparieren|tür kaputt|naprawa drzwi|wyważone drzwi|oprava dveří|' +
			'vyražené dveře|beleuchtung im keller|beleuchtung im treppenhaus|lighting in the cellar|' +
			'lighting in the stairwell|stairwell lighting|cellar lighting|oświetlenie piwnicy|oświetlenie klatki|' +
			'osvětlení sklepa|osvětlení chodby'
	],
	[
		'Ordnungsamt',
		'',
		'',
		false,
		// Knives or cigarettes sold illegally; a fire lane blocked; dog fights; arrows over the fence.
		'sells knives|verkauft messer|sprzedaje noże|prodává nože|nielegalny handel|nielegalna sprzedaż|' +
			'illegaler handel|illegal trade|illegal sale*|nelegální prodej|nelegální obchod|schwarzhandel|' +
			'black market|czarny rynek|černý trh|fire lane|the fire lane|in the fire lane|fire access|feuerwehrzufahrt*|feuerwehreinfahrt|' +
			'droga pożarowa|drogę pożarową|dojazd pożarowy|požární cesta|příjezd pro hasiče|walki psów|' +
			'hundekämpfe|dog fights|dog fighting|zápasy psů|psí zápasy|pfeil und bogen|bow and arrow*|' +
			'arrows|strzały z łuku|strzela z łuku|luk a šípy|šípy|střílet z luku'
	],
	[
		'Jugendamt',
		'',
		'',
		false,
		// An adult touching girls in a club, luring children in, a boss writing to a girl; a child's secret or
		// bed-wetting; a child not allowed to eat.
		'touching the girls|touching girls|touching the teenage girls|fasst die mädchen an|fasst mädchen an|' +
			'dotyka dziewczyn|obmacuje dziewczyny|sahá na holky|osahává holky|osahává děti|invites children|' +
			'invites kids|lures children|lädt kinder zu sich|lockt kinder|zaprasza dzieci|zve děti k sobě|láká děti|' +
			'boss texts her|boss messages her|chef schreibt ihr|szef pisze do niej|majitel jí píše|šéf jí píše|' +
			'has a secret|hat ein geheimnis|' +
			'ma sekret|má tajemství|not allowed to tell|darf nicht darüber reden|nie wolno mówić|nesmí o tom mluvit|' +
			'wets the bed|nässt wieder ein|moczy się|pomočuje se|not allowed to eat|darf nicht essen|' +
			'nie wolno mu jeść|doma nesmí jíst|nesmí jíst'
	],
	[
		'Straftat anzeigen',
		'',
		'',
		false,
		// Someone keeping one's ID card for money; photographing women in secret.
		'kept my id|keeps my id|behält meinen ausweis|hat meinen ausweis behalten|' +
			'zabrał mi dowód|trzyma mój dowód|nechal si můj občanský|vzal mi občanku|taking photos of women|' +
			'photographing women|fotografiert frauen|filmt frauen|robi zdjęcia kobietom|fotografuje kobiety|' +
			'fotí ženy|tajně fotí|tajně natáčí'
	],
	[
		'Stalking',
		'',
		'',
		false,
		// Someone who keeps turning up and will not accept a no.
		'keeps turning up|turns up at my|leaving letters|leaves letters|' +
			'taucht ständig auf|steht ständig vor meiner tür|akzeptiert kein nein|ciągle przychodzi pod|' +
			'nie przyjmuje odmowy|zostawia listy|pořád se objevuje|nechává dopisy|nepřijímá odmítnutí'
	],
	[
		'Verbraucherschutz',
		'',
		'',
		false,
		// A tradesman who asks many times the price agreed.
		'cut his hedge|cut the hedge|hecke schneiden|przyciąć żywopłot|ostříhat živý plot|overcharg*|' +
			'viel zu viel verlangt|zawyżona cena|zawyżony rachunek|předražen*|přemrštěn*'
	],
	[
		'Weggelaufen',
		'',
		'',
		false,
		// A youth whom the parents will not let leave the house.
		'won t let me leave|won t let me leave the house|lassen mich nicht raus|lassen mich nicht aus dem haus|' +
			'nie wypuszczają mnie z domu|nie pozwalają mi wychodzić|nepouštějí mě z domu|nesmím z domu'
	],
	[
		'Polizei',
		'',
		'',
		false,
		// An inherited hunting rifle to hand in; a gun drawn in a threat; a burglary seen in progress.
		'hunting rifle|jagdgewehr*|waffe abgeben|gewehr abgeben|geerbte waffe|hand in a gun|hand in a weapon|' +
			'inherited gun|inherited weapon|broń myśliwska|oddać broń|odziedziczona broń|lovecká puška|' +
			'loveckou pušku|odevzdat zbraň|zděděná zbraň|pušku|puška|broń gazową|broni gazowej|zastřelí|' +
			'erschießen|zastrzelę|zastrzeli|vynášejí televizi|vynášejí věci|vynášeli věci|wynoszą telewizor|wynoszą rzeczy|' +
			'tragen einen fernseher|carrying out a tv|' +
			'z domu sousedů|z bytu sousedů|aus dem haus der nachbarn|from the neighbours house|z domu sąsiadów'
	],
	[
		'Opferhilfe',
		'',
		'',
		false,
		// A cheque for a first consultation with a lawyer; an escort to court.
		'beratungsscheck*|anwaltsscheck|czek na|czek na poradę|cheque for a lawyer|voucher for a lawyer|' +
			'šek na právní|poukaz na právní|doprovod k soudu|doprovod na soud|begleitung zum gericht|' +
			'prozessbegleitung|escort to court|accompany me to court|towarzyszenie w sądzie|towarzyszyć w sądzie'
	],
	[
		'Jugendstrafverfahren',
		'',
		'',
		false,
		// A teenager who committed an offence.
		'popełnił przestępstwo|popełniła przestępstwo|który popełnił przestępstwo|która popełniła przestępstwo|' +
			'spáchal trestný čin|spáchala trestný čin|committed a crime|committed an offence|eine straftat begangen hat'
	],
	[
		'Diebstahl',
		'',
		'',
		false,
		// Everything taken.
		'wyniósł wszystko|wynieśli wszystko|ukradli wszystko|took everything|stole everything|alles mitgenommen|' +
			'alles gestohlen|vynesli všechno|vynesl všechno|ukradli všechno'
	],
	[
		'Sucht',
		'',
		'',
		false,
		// Gaming through the night, a scene when the console is taken away.
		'gra w nocy|gra całą noc|gra do rana|zabieram mu konsolę|zocken bis|zockt die ganze nacht|games all night|' +
			'gaming all night|hraje do rána|hraje celou noc|beru mu konzoli|spielkonsole wegnehme|' +
			'take his console away|computerspielsucht|gaming addiction|uzależnienie od gier|závislost na hrách'
	],
	[
		'Rassismus',
		'',
		'',
		false,
		// Called names for one's nationality; threats for a political opinion.
		'nas polaków|uns polen|us poles|nás poláky|nas czechów|uns tschechen|us czechs|nás čechy|' +
			'politickému názoru|politický názor|politického názoru|politische meinung|politischen meinung|' +
			'political opinion*|political views|poglądy polityczne|poglądów politycznych'
	],
	[
		'Extremismus',
		'',
		'',
		false,
		// Songs against foreigners; the „population exchange“.
		'przeciw cudzoziemcom|gegen ausländer|against foreigners|proti cizincům|wymiana ludności|wymianie ludności|' +
			'bevölkerungsaustausch|umvolkung|great replacement|population exchange|výměna obyvatel*|výměně obyvatel*|' +
			'rechtsrock|nazi music|neonazistická hudba'
	],
	[
		'Kinderschutz',
		'',
		'',
		false,
		// Suspected child abuse, for those who work with children.
		'podezření na týrání|podezření na týrání dětí|verdacht auf misshandlung|verdacht auf kindeswohlgefährdung|' +
			'suspected child abuse|suspected abuse|podejrzenie krzywdzenia dziecka|podejrzenie przemocy wobec dzieci'
	],
	[
		'Schulden',
		'',
		'',
		false,
		// A reminder that the electricity will be cut off.
		'upomínka|upomínku|upomínky|vypnou proud|vypnou elektřinu|strom abstellen|cut off the electricity|' +
			'cut off my power|power cut off|odetną prąd|odcięcie prądu|wyłączą prąd|upomnienie|wezwanie do zapłaty'
	],
	[
		'Betrug',
		'',
		'',
		false,
		// Falling in love with someone online who asks for money.
		'zamilovala se do|verliebt in einen mann aus dem internet|fell in love online|fell in love with a man online|' +
			'zakochała się w mężczyźnie z internetu|love scam|liebesbetrug|posílá mu peníze|schickt ihm geld|' +
			'sends him money|wysyła mu pieniądze|hat ihn nie gesehen|never met him|nigdy go nie widziała|nikdy neviděla'
	]
];

export const { up, down } = vocabularyMigration(ADDITIONS);
