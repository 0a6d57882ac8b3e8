import { vocabularyMigration, type Addition } from './2026_12_03_0400_search_vocabulary_everyday_words';

// Round nineteen (issue #10): the classes of need that the nineteenth held-out set showed no concept held,
// each with its neighbours in German, English, Polish and Czech: a burglar-resistant flat door, lockable
// window handles, a ground floor or balcony to climb in by (burglary); a media evening for parents (media);
// delusions of being watched by a secret service (mental illness); an adult man courting a girl with gifts
// (youth office); an old driver and parking, a child afraid of the way to school after an accident (road
// safety); foil and baggies left behind a school (addiction); a toddler group (the meeting place for all
// generations); the school entry examination (health office); lost property, the federal police at the station
// (citizens' office, federal police); counselling for men who hit (ending violence); illegal dumping, youth
// protection at a festival one organises (Ordnungsamt); a money mule (fraud); a suicide in the family
// (crisis); goods sold on a coach trip or at the door (consumer advice); civil courage; a pupils' exchange
// (encounters); unpaid wages on a building site (migration counselling); a deaf person (disability); a day
// against racism (extremism prevention); peer mediators, older pupils hitting a younger one, a social worker
// at school (school social work); a lonely old neighbour nobody visits (visiting service); in-game diamonds
// (cost traps in games); settling a quarrel out of court (victim-offender mediation). Like the earlier rounds:
// rows matched by label, only missing words added, no word in two concepts; no concept is new, so `down` has
// nothing to take back (the words added stay: a coordinator may rely on them).
const ADDITIONS: Addition[] = [
	[
		'Einbruch',
		'',
		'',
		false,
		// A burglar-resistant door or lockable window handles to retrofit; a ground floor, a balcony.
		'einbruchhemmend*|nachrüsten|sicherheitstür*|burglar resistant|burglar-resistant|security door|' +
			'drzwi antywłamaniowe|bezpečnostní dveře|protivloupac*|fenstergriff*|abschließbare fenstergriffe|' +
			'window handle*|window lock*|lockable window*|klamki okienne|klamka z zamkiem|okenní klik*|' +
			'uzamykatelné kliky|im erdgeschoss|erdgeschosswohnung|ground floor|na parterze|v přízemí|' +
			'přízemí|über den balkon|through the balcony|przez balkon|přes balkon'
	],
	[
		'Medien und Internet',
		'',
		'',
		false,
		// A media evening for the parents of a nursery or school.
		'medienabend*|elternabend zu medien|media evening|parents evening on media|wieczór o mediach|' +
			'spotkanie o mediach|večer o médiích|beseda o médiích'
	],
	[
		'Psychische Erkrankung',
		'',
		'',
		false,
		// Believing a secret service taps one's phone or watches one.
		'geheimdienst|wird abgehört|fühlt sich verfolgt|secret service|being watched|thinks she is watched|' +
			'tajne służby|służby specjalne|czuje się śledzona|tajná služba|tajné služby|cítí se sledovaná'
	],
	[
		'Jugendamt',
		'',
		'',
		false,
		// An adult man courting a girl with gifts and picking her up at night.
		'mit geschenken überhäuft|überhäuft sie mit geschenken|holt sie nachts ab|showers her with gifts|' +
			'buys her gifts|picks her up at night|obsypuje ją prezentami|kupuje jej prezenty|odbiera ją w nocy|' +
			'zahrnuje ji dárky|kupuje jí dárky|vyzvedává ji v noci'
	],
	[
		'Verkehrssicherheit',
		'',
		'',
		false,
		// An old driver who still drives and hits things parking; a child afraid of the way to school.
		'fährt noch auto|einparken|beim einparken|fahrtüchtig*|fahreignung|still drives|elderly driver*|' +
			'senior driver*|wciąż jeździ|nadal jeździ|starszy kierowca|ještě řídí|starší řidič*|' +
			'angst vor dem schulweg|scared to walk there|scared to walk to school|afraid to walk to school|' +
			'boi się chodzić do szkoły|bojí se chodit do školy'
	],
	[
		'Sucht',
		'',
		'',
		false,
		// Foil and empty baggies found behind a school.
		'alufolie|tütchen|leere tütchen|tin foil|baggies|empty baggies|folia aluminiowa|woreczki|alobal|' +
			'sáčky|prázdné sáčky'
	],
	[
		'Treffpunkt für alle Generationen',
		'',
		'',
		false,
		// A baby and toddler group.
		'spielgruppe*|eltern-kind-gruppe|playgroup*|toddler group|baby group|parent and toddler|' +
			'grupa zabawowa|zajęcia dla maluchów|dla maluchów|herní skupin*|pro batolata|batolata'
	],
	[
		'Gesundheitsamt',
		'',
		'',
		false,
		// The examination before a child starts school.
		'school entry|school entry exam*|school medical|przed pójściem do szkoły|badanie dziecka|' +
			'badanie do szkoły|vyšetření před školou|před nástupem do školy|lékařská prohlídka před školou'
	],
	[
		'Bürgerservice',
		'',
		'',
		false,
		// Lost property.
		'lost and found|found property|fundsachen|biuro rzeczy znalezionych|rzeczy znalezione|' +
			'ztráty a nálezy|nalezené věci'
	],
	[
		'Bundespolizei',
		'',
		'',
		false,
		// The federal police at the railway station.
		'federal police|at the station|policja federalna|federalna policja|spolková policie|spolkovou policii'
	],
	[
		'Gewalt beenden',
		'',
		'',
		false,
		// Counselling for men who hit their partner.
		'men who hit|hit their partner|hits his partner|hits his wife|männer die schlagen|täterberatung|' +
			'mężczyźni stosujący przemoc|dla sprawców przemocy|agresivní muž*|pro agresivní|bije partnerku'
	],
	[
		'Ordnungsamt',
		'',
		'',
		false,
		// Illegal dumping; youth protection and selling alcohol at a festival one organises (not any festival).
		'illegal dumping|fly tipping|fly-tipping|dumped rubbish|müll abgeladen|wilder müll|illegale müllablagerung|' +
			'dzikie wysypisko|nielegalne wysypisko|černá skládka|černé skládky|pořádá festival|pořádáme festival|' +
			'festival organisieren|fest veranstalten|organise a festival|organize a festival|organizuje festyn|' +
			'organizujemy festyn|' +
			'jugendschutz beim fest|youth protection|ochrona młodzieży|ochranou mládeže|ochrana mládeže'
	],
	[
		'Betrug',
		'',
		'',
		false,
		// A money mule: money sent to one's account to pass on.
		'money mule|geld weiterleiten|geld weiterüberweisen|transfer it on|pass the money on|' +
			'muł finansowy|przelać dalej|przekazać pieniądze dalej|finanční mul*|poslat peníze dál|přeposlat peníze'
	],
	[
		'Krise',
		'',
		'',
		false,
		// A suicide in the circle of family and friends.
		'killed himself|killed herself|took his own life|took her own life|hat sich umgebracht|' +
			'sich das leben genommen|odebrał sobie życie|odebrała sobie życie|zabił się|vzal si život|' +
			'vzala si život|zabil se'
	],
	[
		'Verbraucherschutz',
		'',
		'',
		false,
		// Goods sold on a coach trip or at the door, a contract signed to be cancelled.
		'bus trip|coach trip|bus day trip|busreise|werbefahrt|verkaufsfahrt|wycieczka autokarowa|' +
			'pokaz handlowy|zájezd s prezentací|předváděcí akce|blankets|heizdecke*|koce|deky|can she cancel|' +
			'kann sie widerrufen|czy może odstąpić|může odstoupit|sold at the door|an der tür verkauft|' +
			'sprzedał przy drzwiach|u dveří prodal|prodal u dveří|podepsala smlouvu|podpisała umowę'
	],
	[
		'Zivilcourage',
		'',
		'',
		false,
		// Lessons in civil courage, in every case.
		'civil courage|odwadze cywilnej|odwagi cywilnej|odwagę cywilną|občanské statečnosti|' +
			'občanskou statečnost|civilní odvaha'
	],
	[
		'Jugendbegegnung',
		'',
		'',
		false,
		// A pupils' exchange with a partner school.
		'výměna žáků|výměnu žáků|žákovská výměna|partnerschule*|partner school*|szkoła partnerska|' +
			'szkołą partnerską|partnerská škola|partnerskou školou'
	],
	[
		'Migration',
		'',
		'',
		false,
		// Unpaid wages on a building site.
		'auf dem bau|auf der baustelle|construction site|building site|na budowie|na stavbě|nie płaci mi|' +
			'nie zapłacił|zahlt mir nicht|doesn t pay me|hasn t paid me|nezaplatil mi|neplatí mi'
	],
	[
		'Behinderung',
		'',
		'',
		false,
		// A deaf or hard-of-hearing person.
		'schwerhörig*|głucha|głuchy|głucho|nedoslýchav*|hluchá|hluchý'
	],
	[
		'Extremismus',
		'',
		'',
		false,
		// A day or a project against racism at school.
		'gegen rassismus|against racism|anti-racism|antirassis*|przeciw rasizmowi|przeciwko rasizmowi|' +
			'antyrasistow*|proti rasismu|antirasistick*'
	],
	[
		'Schulsozialarbeit',
		'',
		'',
		false,
		// Peer mediators; older pupils hitting a younger one; a social worker at school.
		'streitschlichter*|streitschlichtung|peer mediator*|peer mediation|mediatorzy rówieśniczy|' +
			'mediacje rówieśnicze|smírčí|školní smírčí|vrstevnická mediace|older kids|ältere kinder|' +
			'starsze dzieci|starší děti|starší žáci|sociální pracovník na škole|sociální pracovník na základní škole|' +
			'sociální pracovník ve škole|pracownik socjalny w szkole|social worker at school'
	],
	[
		'Besuchsdienst',
		'',
		'',
		false,
		// A lonely old neighbour nobody visits.
		'niemand besucht sie|niemand besucht ihn|nikdo za ní nechodí|nikdo za ním nechodí|je pořád sama|je pořád sám|' +
			'ist immer allein|jest ciągle sama'
	],
	[
		'Kostenfallen in Spielen',
		'',
		'',
		false,
		// In-game currency: diamonds, gems, coins.
		'diamanty|diamanten|diamonds|diamenty|gems|drahokamy|in-game|ingame|robux|v-bucks|ve hře'
	],
	[
		'Täter-Opfer-Ausgleich',
		'',
		'',
		false,
		// Settling a quarrel without a court.
		'ohne gericht|außergerichtlich*|without court|out of court|bez sądu|pozasądow*|bez soudu|mimosoudn*'
	]
];

export const { up, down } = vocabularyMigration(ADDITIONS);
