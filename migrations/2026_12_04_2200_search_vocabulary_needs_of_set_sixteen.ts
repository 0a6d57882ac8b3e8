import { vocabularyMigration, type Addition } from './2026_12_03_0400_search_vocabulary_everyday_words';

// Round sixteen (issue #10): the classes of need that the sixteenth held-out set showed no concept held,
// each with its neighbours in German, English, Polish and Czech: a relapse, money gambled away, chemsex,
// ADHD pills passed on (addiction); rent arrears and fines that lead to coercive detention (debt
// counselling); a filesharing warning letter, a fake fundraiser, a letter from a fake tax office, money
// transferred by mistake, a shop's "fee" after a theft, a fake landlord (consumer advice); committal to
// psychiatry, an old man who locked himself in (mental illness); supervised contact, child maintenance
// advance, a child shut in a cupboard, a baby with no adult to be heard, a girl's older "sponsor", a coach
// showing porn (youth office); a barbecue in the park, a beer garden's music, shops selling to minors, how
// late a teenager may be out (Ordnungsamt); fireworks brought across the border (federal police); a
// gawker's video (reporting a crime); a distraction theft, an e-bike battery stolen (theft); weapons or
// white powder found, protection money, masked men, squatters (police); things ordered in one's name,
// photos of one's house from an unknown number (stalking); monkey noises (racism); Hitler praised, „not
// everything was bad“ (extremism); a paramedic attacked (victim support); one's language forbidden at
// school (discrimination); a motorbike refresher (road safety); cash kept at home (burglary advice); a
// first smartphone (media); housing benefit (applications); a live-in carer without a day off
// (migration); an assistance dog (participation); an old person who fell and lay alone (visiting service).
// Like the earlier rounds: rows matched by label, only missing words added, no word in two concepts; no
// concept is new, so `down` has nothing to take back (the words added stay: a coordinator may rely on them).
const ADDITIONS: Addition[] = [
	[
		'Sucht',
		'',
		'',
		false,
		// A relapse; money gambled away; chemsex; ADHD pills passed on.
		'rückfall|rückfälle|rückfällig*|wieder getrunken|nach jahren trocken|relapse|relapsed|relapsing|' +
			'back on the bottle|nawrót|nawrotu|znowu pije|zaczął znowu pić|recidiva|recidivu|relaps|znovu pije|' +
			'zase pije|geld verspielen|geld verspielt|ganzes geld verspielen|ganzes geld verspielt|gambles away|' +
			'gambling away|gambled away|przegrywa pieniądze|przegrywa wszystkie pieniądze|przegrał pieniądze|' +
			'prohrává peníze|prohrál peníze|prohrává všechny peníze|chemsex|chem sex|chemsexu|adhs tabletten|' +
			'adhs-tabletten|adhd pills|adhd meds|adhd medication|ritalin|medikinet|leki na adhd|tabletki na adhd|' +
			'léky na adhd|prášky na adhd'
	],
	[
		'Schulden',
		'',
		'',
		false,
		// Rent arrears; fines unpaid until coercive detention.
		'mietschulden|mietrückstand|mietrückstände|wegen mietschulden|wegen mietrückständen|rent arrears|' +
			'behind on rent|behind with the rent|zaległy czynsz|zaległości w czynszu|zaległości czynszowe|' +
			'dług za czynsz|dluh na nájemném|dluh na nájmu|dlužné nájemné|erzwingungshaft|unbezahlte bußgelder|' +
			'unbezahlter bußgelder|bußgeld nicht bezahlt|unpaid fines|unpaid fine|niezapłacone mandaty|' +
			'niezapłaconych mandatów|areszt za mandaty|nezaplacené pokuty|nezaplacených pokut|vazba za pokuty'
	],
	[
		'Verbraucherschutz',
		'',
		'',
		false,
		// A filesharing warning letter; a fake fundraiser; a fake tax office; money transferred by mistake;
		// a shop's "fee" after a theft; a fake landlord asking for copies of one's papers.
		'abmahnung*|filesharing|file sharing|urheberrechtsverletzung|copyright infringement|' +
			'copyright letter|naruszenie praw autorskich|prawa autorskie|porušení autorských práv|' +
			'autorská práva|falsche spendensammlung|spendenbetrug|fake spendenaufruf|fake fundraiser|' +
			'fake charity|fałszywej zbiórki|' +
			'angeblich vom finanzamt|falsches finanzamt|fake tax letter|fake tax office|fałszywy urząd skarbowy|' +
			'z urzędu skarbowego|od finančního úřadu|finančního úřadu|falešný finanční úřad|qr code|qr-code|' +
			'kod qr|kodem qr|qr kód|qr kódem|versehentlich überwiesen|aus versehen überwiesen|falsch überwiesen|' +
			'sent money by mistake|transferred by mistake|by mistake|przez pomyłkę|przelał przez pomyłkę|' +
			'omylem poslal|omylem|chybná platba|fangprämie|bearbeitungsgebühr|civil recovery|detention fee|' +
			'opłata za zatrzymanie|opłaty za zatrzymanie|poplatek za zadržení|angeblicher vermieter|' +
			'angeblichen vermieter|wohnungsbetrug|mietbetrug|fake landlord|rental scam|fałszywy wynajmujący|' +
			'oszustwo na mieszkanie|falešný pronajímatel|podvod s pronájmem|ausweiskopie|copy of my id|' +
			'kopia dowodu|kopie občanky'
	],
	[
		'Psychische Erkrankung',
		'',
		'',
		false,
		// Committal to psychiatry; an old man who locked himself in and no longer opens.
		'zwangseinweisung|zwangseingewiesen|zwangsweise eingewiesen|psychkg|sectioned|involuntary admission|' +
			'committed to psychiatry|przymusowe leczenie|przymusowa hospitalizacja|przymusowe umieszczenie|' +
			'nedobrovolná hospitalizace|detence|schließt sich ein|öffnet nicht mehr|locked himself in|' +
			'locked herself in|won t open the door|zamknął się w domu|zamknęła się w domu|nie otwiera|' +
			'zamkl se doma|zamkl doma|zamkla se doma|neotvírá'
	],
	[
		'Jugendamt',
		'',
		'',
		false,
		// Supervised contact; child maintenance advance; a child shut in a cupboard; a baby with no adult to
		// be heard; a girl's older "sponsor"; a coach showing porn to boys.
		'begleiteter umgang|begleiteten umgang|supervised contact|supervised visits|kontakty pod nadzorem|' +
			'widzenia pod nadzorem|asistovaný styk|asistovaného styku|unterhaltsvorschuss|child maintenance|' +
			'maintenance advance|fundusz alimentacyjny|náhradní výživné|' +
			'in den schrank|im schrank eingesperrt|locked in a cupboard|shut in a wardrobe|zamknięty w szafie|' +
			'zamyka w szafie|zavřený ve skříni|zavírá do skříně|kein erwachsener|keinen erwachsenen|no adult|' +
			'never hear an adult|żadnego dorosłego|nikogo dorosłego|žádného dospělého|nikdo dospělý|sponsor|' +
			'sugar daddy|sponsora|sponsorem|sponzor|sponzora|zeigt pornos|pornos gezeigt|showed porn|shows porn|' +
			'pokazywał filmy porno|pokazywał porno|ukazoval porno|pouštěl porno|filmy porno|porno filmy'
	],
	[
		'Ordnungsamt',
		'',
		'',
		false,
		// A barbecue in the park; a beer garden's music; shops selling to minors; how late a teenager may be out.
		'grillen|grillverbot|grillplatz|barbecue|bbq|grillowanie|grillować|grilla|grilovat|grilování|' +
			'biergarten|musik bis mitternacht|beer garden|music till midnight|ogródek piwny|muzyka do północy|' +
			'pivní zahrádka|hudba do půlnoci|verkauft an jugendliche|verkauft an minderjährige|' +
			'sells to teenagers|sells to minors|sprzedaje nastolatkom|sprzedaje nieletnim|prodává mladistvým|' +
			'prodává nezletilým|wie lange draußen|ausgehzeit*|how late can|curfew|do której może|do kolika|' +
			'večer ven'
	],
	[
		'Bundespolizei',
		'',
		'',
		false,
		// Fireworks brought across the border.
		'böller aus tschechien|feuerwerk aus tschechien|fireworks from the czech republic|' +
			'fireworks across the border|petardy z czech|petardy z česka|převézt petardy|dovoz pyrotechniky|' +
			'pyrotechnika z česka'
	],
	[
		'Straftat anzeigen',
		'',
		'',
		false,
		// A gawker's video of an accident; a fake ticket inspector.
		'gaffer|gaffervideo|unfallvideo|filmed the accident|accident video|nagrali wypadek|filmik z wypadku|' +
			'natáčeli nehodu|video z nehody|falscher kontrolleur|falsche kontrolleure|fake ticket inspector|' +
			'fake inspector|fałszywy kontroler|fałszywi kontrolerzy|falešný revizor|falešní revizoři'
	],
	[
		'Diebstahl',
		'',
		'',
		false,
		// A distraction theft; an e-bike battery stolen.
		'einen platten|platten reifen|abgelenkt|flat tyre|distracted me|distraction theft|' +
			'przebita opona|odwrócił uwagę|píchlé kolo|odvedl pozornost|akku gestohlen|akku geklaut|' +
			'battery stolen|e-bike battery|ebike battery|e-bike akku|akku vom e-bike|' +
			'akumulator od roweru|baterie z elektrokola|e-bike stolen|ukradli baterię|ukradli akumulator|' +
			'ukradená baterie|ukradli baterii'
	],
	[
		'Polizei',
		'',
		'',
		false,
		// Weapons or white powder found; protection money; masked men; squatters.
		'waffen gefunden|gewehr gefunden|found a rifle|found a gun|found a weapon|found weapons|' +
			'znaleźliśmy broń|našli jsme zbraň|pistole|pistol|pistolet|' +
			'pistoli|weißes pulver|white powder|' +
			'bag of white powder|tüte mit weißem pulver|torebka z białym proszkiem|sáček s bílým práškem|' +
			'biały proszek|białego proszku|bílý prášek|bílého prášku|schutzgeld*|' +
			'for protection|haracz*|maskiert*|vermummt*|masked men|masked boys|zamaskowan*|' +
			'maskovan*|hausbesetzer*|squatter*|dzicy lokatorzy|dzikich lokatorów|squateři|bydlí cizí lidé|' +
			'mieszkają obcy ludzie|wohnen fremde leute|strangers living'
	],
	[
		'Stalking',
		'',
		'',
		false,
		// Things ordered in one's name; photos of one's house from an unknown number.
		'in meinem namen bestellt|orders in my name|zamówione na moje nazwisko|' +
			'fotky mého domu|fotos von meinem haus|' +
			'photos of my house|zdjęcia mojego domu|ví kde bydlím|weiß wo ich wohne|knows where i live|' +
			'wie gdzie mieszkam|z neznámého čísla|unbekannte nummer|unknown number|nieznany numer|nieznanego numeru'
	],
	[
		'Rassismus',
		'',
		'',
		false,
		// Monkey noises.
		'monkey noises|monkey sounds|affenlaute|affengeräusche|małpie odgłosy|odgłosy małpy|opičí zvuky|' +
			'opičí skřeky'
	],
	[
		'Extremismus',
		'',
		'',
		false,
		// Hitler praised; „not everything was bad“.
		'hitler|hitlera|hitlerovi|nicht alles schlecht|not everything was bad|nie wszystko było złe|' +
			'nebylo všechno špatné|ns-zeit|nazizeit|holocaust*|holokaust*'
	],
	[
		'Opferhilfe',
		'',
		'',
		false,
		// A paramedic attacked on duty.
		'paramedic|paramedics|rettungssanitäter*|notfallsanitäter*|ratownik medyczny|ratownika medycznego'
	],
	[
		'Diskriminierung',
		'',
		'',
		false,
		// One's language forbidden at school.
		'verbot polnisch zu sprechen|kein polnisch sprechen|kein tschechisch sprechen|' +
			'forbidden to speak polish|not allowed to speak polish|zakaz mówienia|zakaz mówienia po polsku|' +
			'zákaz mluvit|zákaz mluvit česky|nesmí mluvit česky'
	],
	[
		'Verkehrssicherheit',
		'',
		'',
		false,
		// A motorbike refresher.
		'refresher training|refresher course|fahrsicherheitstraining|motorradtraining|wiedereinsteiger|' +
			'motorbike training|motorcycle training|szkolenie przypominające|doszkalanie|kondiční jízdy|' +
			'kurz pro motorkáře'
	],
	[
		'Einbruch',
		'',
		'',
		false,
		// Cash kept at home.
		'bargeld zu hause|ersparnisse zu hause|geld im schrank|cash at home|savings at home|' +
			'oszczędności w gotówce|gotówka w domu|trzyma gotówkę|hotovost doma|úspory doma|peníze doma'
	],
	[
		'Medien und Internet',
		'',
		'',
		false,
		// A first smartphone.
		'pierwszy smartfon|smartfon|smartfona|smartfonu|erstes handy|erstes smartphone|first phone|' +
			'first smartphone|první mobil|první telefon|kontrola rodzicielska|parental controls|rodičovská kontrola'
	],
	[
		'Hilfe bei Anträgen',
		'',
		'',
		false,
		// Housing benefit.
		'wohngeld|wohngeldantrag|housing benefit|dodatek mieszkaniowy|dodatku mieszkaniowego|' +
			'příspěvek na bydlení|příspěvku na bydlení'
	],
	[
		'Migration',
		'',
		'',
		false,
		// A live-in carer without a day off.
		'24-stunden-pflege|24h pflege|live-in carer|live in carer|opiekunka 24h|pracuję jako opiekunka|' +
			'kein freier tag|keinen freien tag|no day off|wolnego dnia|bez dnia wolnego|volného dne|' +
			'bez volného dne|pečovatelka 24'
	],
	[
		'Behinderung',
		'',
		'',
		false,
		// An assistance dog.
		'assistenzhund*|blindenhund*|assistance dog|guide dog|pies asystujący|psa asystującego|' +
			'pies przewodnik|asistenční pes|asistenčního psa|vodicí pes|vodicího psa'
	],
	[
		'Besuchsdienst',
		'',
		'',
		false,
		// An old person who fell and lay alone.
		'hausnotruf|zu hause gestürzt|fell at home|upadła w domu|upadla doma|lag zwei tage|lay for two days|' +
			'leżała dwa dni|ležela dva dny|' +
			'notrufknopf|gestürzt und lag|fell and lay|personal alarm|emergency button|' +
			'upadła i leżała|przycisk alarmowy|opaska sos|upadla a ležela|tísňové tlačítko|tísňová péče'
	]
];

export const { up, down } = vocabularyMigration(ADDITIONS);
