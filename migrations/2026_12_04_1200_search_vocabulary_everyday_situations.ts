import { vocabularyMigration, type Addition } from './2026_12_03_0400_search_vocabulary_everyday_words';

// Round ten (issue #10): situations no concept held, each led to the partner the demo network has for
// it, with siblings in German, English, Polish and Czech: a child left in a hot car, wires stretched
// across a path, aggressive beggars, loud music from a car at night, an illegal workshop in a yard
// (police and Ordnungsamt); sniffing gas (addiction); a security guard or bouncer beating someone
// (victim support); being turned away or told off for one's language, headscarf or wheelchair
// (discrimination: the equality officer); fear of deportation (migration counselling); mediation in a
// divorce and a son's coming out (family counselling); accompanying a child to a police interview
// (victim support); a confidence course for a shy child (self-assertion); a forced sale, debts
// inherited, money skills (debt counselling, the court's legal aid office); a faulty purchase (consumer
// advice); a blind-spot training (traffic); railway safety, cigarettes and customs at the border
// (Bundespolizei); a care-level application and a tax return (help with forms); voting (the town's
// citizens' service); a rent-a-granny (the multigenerational house); choirs and clubs meeting across
// the border; an interpreter for a parents' evening; hate in a local online group and smeared
// Stolpersteine (extremism); slang for the local officer. Two new concepts: a clothes store and the
// moderation of a heated public meeting. Like the earlier rounds: rows matched by label, only missing
// words added, no word in two concepts; `down` removes the new concepts.
const ADDITIONS: Addition[] = [
	[
		'Kleiderkammer',
		'kleiderkammer',
		'',
		false,
		'kleiderkammer*|kleiderspende*|kleider spenden|kleidung spenden|kleidung abgeben|spielsachen spenden|' +
			'spielzeug spenden|donate clothes|donate clothing|donating clothes|donate toys|second hand clothes|' +
			'free clothes|oddać ubrania|oddam ubrania|przekazać ubrania|podarować ubrania|oddać zabawki|' +
			'darmowe ubrania|darovat oblečení|daruji oblečení|darovat hračky|darovat šaty|oblečení zdarma'
	],
	[
		'Moderation',
		'moderation bürgerversammlungen',
		'extremismuspraevention',
		false,
		'moderieren|moderiert|moderator*|moderation|einwohnerversammlung*|bürgerversammlung*|' +
			'versammlung eskaliert|moderate the meeting|moderate a meeting|town hall meeting|' +
			'public meeting|moderować|moderacja|moderację|zebranie wiejskie|' +
			'moderovat|moderování|veřejné shromáždění|setkání obyvatel'
	],
	[
		'Gefahr im öffentlichen Raum',
		'',
		'',
		false,
		// A child left in a hot car; wires across a path; aggressive beggars.
		'kind im auto|im heißen auto|im auto gelassen|im auto eingesperrt|child in a hot car|left in a hot car|' +
			'locked in a car|left in the car|alone in the car|left alone in the car|in the car in this heat|dziecko w samochodzie|zostawione w samochodzie|samo w samochodzie|' +
			'zamknięte w samochodzie|dítě v autě|dítě samo v autě|samo v autě|samotné v autě|nechali v autě|zamčené v autě|v rozpáleném autě|' +
			'draht gespannt|drähte gespannt|spannt drähte|draht über den weg|wire across|wires across|' +
			'rozciąga druty|drut przez drogę|druty na ścieżce|natahuje dráty|dráty přes cestu|drát přes cestu|' +
			'aggressive bettler|aggressives betteln|aggressive beggars|aggressive begging|agresywni żebracy|' +
			'agresywny żebrak|agresivní žebráci|agresivní žebrák|dotěrní žebráci'
	],
	[
		'Ordnungsamt',
		'',
		'',
		false,
		// Loud music from a car at night; an illegal workshop in a yard.
		'musik aus dem auto|laute musik aus dem auto|music from a car|loud music from a car|car stereo|' +
			'muzyka z samochodu|głośna muzyka z auta|hudba z auta|hudbu z auta|hlasitá hudba z auta|' +
			'illegale werkstatt|werkstatt im hof|illegal workshop|illegal car workshop|car workshop in the yard|' +
			'nielegalny warsztat|warsztat na podwórku|nelegální dílna|nelegální autodílna|autodílna na dvoře'
	],
	[
		'Sucht',
		'',
		'',
		false,
		'schnüffelt|schnüffeln|schnüffelt gas|feuerzeuggas|gas schnüffeln|sniffing gas|sniffs gas|sniffing glue|' +
			'huffing|wącha gaz|wącha gas|wąchanie gazu|wącha klej|gaz z zapalniczek|čichá plyn|čichání plynu|' +
			'čichá toluen|plyn do zapalovačů'
	],
	[
		'Angriff',
		'',
		'',
		false,
		// A security guard or bouncer beating someone.
		'security hat ihn geschlagen|türsteher hat|türsteher schlug|security guard beat|security guard hit|' +
			'bouncer beat|bouncer hit|ochroniarz pobił|ochroniarz uderzył|bramkarz pobił|ochranka ho zbila|' +
			'ochranka zbila|vyhazovač ho zbil|vyhazovač zbil|sekuriťák ho zbil'
	],
	[
		'Diskriminierung',
		'',
		'',
		false,
		// Turned away or told off for one's language, headscarf or wheelchair.
		'nicht reingelassen|nicht hineingelassen|kein einlass|einlass verweigert|deutsch sprechen sollen|' +
			'soll deutsch sprechen|wouldn t let him in|didn t let him in|refused entry|refused to let|' +
			'told to speak german|nie wpuścił|nie wpuscil|nie wpuścili|nie wpuszczono|' +
			'kazali mówić po niemiecku|nie chcieli wpuścić|nepustili|nepustil|nechtěli pustit|nechtěli ho pustit|ho nepustili dovnitř|nás nepustili dovnitř|mě nepustili dovnitř|' +
			'ať mluví německy|hidżab*|hidzab*|hidžáb*|hijab*|headscarf|w chuście'
	],
	[
		'Migration',
		'',
		'',
		false,
		'abschiebung*|abgeschoben|ausreisepflicht*|duldung|deportation|deported|being deported|' +
			'deportacja|deportacji|deportacją|deportowan*|deportace|deportovat|deportován*|vyhoštění'
	],
	[
		'Familienberatung',
		'',
		'',
		false,
		'trennungsmediation|scheidungsmediation|mediation bei scheidung|mediation bei trennung|' +
			'divorce mediation|mediation in divorce|mediacja rozwodowa|mediacje rozwodowe|mediacja przy rozwodzie|' +
			'rozvodová mediace|mediace při rozvodu|mediace při rozchodu|' +
			// A son's or daughter's coming out that the family does not accept.
			'came out|coming out|hat sich geoutet|sich geoutet|zrobił coming out|zrobiła coming out|' +
			'wyoutował*|udělal coming out|přiznal že je gay|vyoutoval*'
	],
	[
		'Opferhilfe',
		'',
		'',
		false,
		// Accompanying a child to a police interview.
		'zur vernehmung begleiten|begleitung zur vernehmung|zeugenbegleitung|zur polizei begleiten|' +
			'police interview|accompany my child to the police|accompany to the police|na przesłuchanie|' +
			'przesłuchanie dziecka|towarzyszyć na przesłuchaniu|doprovod k výpovědi|k výpovědi|výpověď na policii|' +
			'doprovod na policii|k výslechu'
	],
	[
		'Selbstverteidigung',
		'',
		'',
		false,
		'selbstbewusstsein*|selbstvertrauen|selbstbewusst|schüchtern*|confidence course|self confidence|' +
			'shy child|pewność siebie|pewności siebie|nieśmiał*|sebevědomí|stydliv*|kurz sebevědomí'
	],
	[
		'Schulden',
		'',
		'',
		false,
		'zwangsversteigerung*|versteigerung|foreclosure|house auction|licytacja domu|licytacja komornicza|' +
			'licytacji|dražba|dražbu|dražby|finanzbildung|finanzkompetenz|umgang mit geld|financial literacy|' +
			'money skills|edukacja finansowa|wiedza finansowa|finanční gramotnost|finanční gramotnosti|' +
			'finanční vzdělávání'
	],
	[
		'Rechtsberatung',
		'',
		'',
		false,
		// Debts left by someone who died.
		'schulden hinterlassen|erbe ausschlagen|erbschaft ausschlagen|nachlass|inherited debt|inherit debts|' +
			'left debts|left only debts|odrzucić spadek|odrzucenie spadku|spadek z długami|długi w spadku|' +
			'dědictví s dluhy|odmítnout dědictví|dluhy po otci|dluhy po mámě'
	],
	[
		'Verbraucherschutz',
		'',
		'',
		false,
		'kaputt gekauft|gerät kaputt|umtausch|umtauschen|warranty|refund|faulty|refuses to take back|' +
			'zwrot pieniędzy|zepsuta pralka|nie działa pralka|odmawia reklamacji|' +
			'odmítá reklamaci|vrácení peněz'
	],
	[
		'Verkehrssicherheit',
		'',
		'',
		false,
		'toter winkel|toten winkel|toter-winkel|blind spot|martwe pole|martwym polu|mrtvý úhel|mrtvého úhlu'
	],
	[
		'Bundespolizei',
		'',
		'',
		false,
		'zoll|zollfrei|zigaretten aus polen|wie viele zigaretten|cigarettes from poland|how many cigarettes|' +
			'duty free|customs|papierosy z niemiec|ile papierosów|cło|kolik cigaret|cigarety z polska|celnice|' +
			'bahnsicherheit|sicherheit an gleisen|railway safety|safety on the railway|bezpieczeństwo na kolei|' +
			'na torach|bezpečnost na železnici|bezpečnosti na železnici|na železnici|železniční'
	],
	[
		'Hilfe bei Anträgen',
		'',
		'',
		false,
		'pflegegrad*|pflegestufe|pflegekasse|care level|care grade|stopień opieki|zasiłek pielęgnacyjny|' +
			'stupeň závislosti|steuererklärung*|tax return|zeznanie podatkowe|' +
			'zeznanie podatkowym|daňové přiznání|daňového přiznání'
	],
	[
		'Bürgerservice',
		'',
		'',
		false,
		'wählen gehen|wählerverzeichnis|kommunalwahl*|briefwahl|register to vote|vote in local elections|' +
			'voting|głosować|glosowac|wybory|wyborach|wyborów|volit|volby|voleb|volební'
	],
	[
		'Treffpunkt für alle Generationen',
		'',
		'',
		false,
		'leihoma|leihopa|leihgroßeltern|wunschgroßeltern|wunschoma|surrogate grandma|surrogate grandparent|' +
			'rent a granny|babcia do wynajęcia|przyszywana babcia|náhradní babička|babička na hlídání'
	],
	[
		'Begegnung im Dreiländereck',
		'',
		'',
		false,
		'polnischen chor|tschechischen chor|chor aus|polish choir|czech choir|polskim chórem|z polskim chórem|' +
			'czeskim chórem|polský sbor|s polským sborem|bogatynia|bogatyni|bogatynią|hrádek nad nisou'
	],
	[
		'Elternbriefe in anderen Sprachen',
		'',
		'',
		false,
		'dolmetscher für elternabend|dolmetscher beim elternabend|interpreter for parents evening|' +
			'interpreter for parents|tłumacz na zebranie|tłumacz na wywiadówkę|tlumočník na třídní schůzku|' +
			'tlumočník na schůzku'
	],
	[
		'Extremismus',
		'',
		'',
		false,
		'stolperstein*|stumbling stones|gegen geflüchtete gehetzt|wird gehetzt|hate in the group|' +
			'hate in our facebook group|nienawiść w grupie|hejt w grupie|nenávist ve skupině'
	],
	[
		'Mobbing',
		'',
		'',
		false,
		'geschubst|schubsen|pushed around|pushes him around|popychają|popychany|popychana|strkají|strkali'
	],
	['Schule', '', '', false, 'schulbus*|autobusie szkolnym|školním autobusu'],
	[
		'Bürgerpolizist',
		'',
		'',
		false,
		// Slang and other names of the local officer ("whos the local copper for Pethau").
		'local copper|copper for|village police|village policeman|village police officer|bobby|gliniarz*|' +
			'policajt*|polda|fízl*|kontaktbereichsbeamte*|kontaktbeamte*|schupo'
	]
];

export const { up, down } = vocabularyMigration(ADDITIONS);
