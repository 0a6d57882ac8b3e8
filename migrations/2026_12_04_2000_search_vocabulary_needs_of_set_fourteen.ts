import { vocabularyMigration, type Addition } from './2026_12_03_0400_search_vocabulary_everyday_words';

// Round fourteen (issue #10): the classes of need that the fourteenth held-out set showed no concept
// held, and the misreadings it showed, each with its neighbours in German, English, Polish and Czech and
// the common Polish and Czech case forms. Misreadings first: a drunk stranger who accosts someone is a
// matter of harassment, not of the searcher's addiction; a burglar alarm ringing next door is the
// Ordnungsamt's, not burglary advice; a fraud victim's shame and a recovery scam ("a lawyer gets the money
// back for a fee") are victim support's and fraud's; a Roma woman called a thief is racism; a drugstore
// is a shop, not drugs; CCTV on the market square is the prevention council's, not burglary advice. Then the
// classes: withdrawal and quitting smoking, drinking alone after a divorce, a teenager smelling of weed
// (addiction); measles and vaccination certificates, hepatitis tests (health office); custody of an
// unmarried father, a guardian for an unaccompanied minor (youth office); an adopted child searching for
// the birth parents, talking to children about terror or war in the news, family counselling online
// (family counselling); fare dodging, remand and custody, riding uninsured (youth justice); health
// insurance arrears (debt counselling); paid fortune-tellers (consumer advice); a teenager who will not
// go home (emergency service); a smart home used by a former partner, violence in pregnancy, a partner
// who smashes things (domestic violence); weapons at school, pupils pressed into stealing, blackmail with
// a video, filming a teacher, a school threatening expulsion, lists ranking girls (school social work);
// an adult asking a child for photos (police); racial profiling (discrimination); racist graffiti and a gallows on a door (racism); football
// fans fighting, pulling a bus's emergency stop, threats to kill (police); militias and "day X"
// (extremism); gambling halls and shisha bars letting minors in (Ordnungsamt); a security adviser's home
// visit (seniors); securing the home wifi (adult education); sleeping in a car (homelessness); an
// abandoned house on the estate (neighbourhood). Like the earlier rounds: rows matched by label, only
// missing words added, no word in two concepts; no concept is new, so `down` has nothing to take back
// (the words added stay: a coordinator may rely on them).
const ADDITIONS: Addition[] = [
	[
		'Belästigung in der Öffentlichkeit',
		'',
		'',
		false,
		// A drunk stranger who accosts a girl or a woman: harassment, not addiction.
		'betrunkener mann|ein betrunkener|betrunkener typ|betrunkener hat|drunk man|drunk guy|a drunk man|' +
			'drunk stranger|pijany mężczyzna|pijany facet|pijany mężczyzna zaczepił|pijany gość|' +
			'zaczepił ją|zaczepił mnie|zaczepiła|opilý muž|opilý chlap|opilý cizí muž|obtěžoval ji|' +
			'obtěžoval mě|oslovil ji|sprach sie an|hat sie angesprochen|quatscht sie an|accosted|accosted her|' +
			'approached her'
	],
	[
		'Ordnungsamt',
		'',
		'',
		false,
		// An alarm ringing for hours; gambling halls and shisha bars letting minors in.
		'alarm ringing|alarm going off|alarm keeps ringing|alarmanlage heult|alarmanlage piept|' +
			'alarmanlage geht los|alarm heult|alarm wyje|alarm dzwoni|alarm piszczy|alarm houká|alarm zvoní|' +
			'spielothek*|spielcasino|jugendschutz|jugendschutzgesetz|shisha*|wasserpfeife*|' +
			'gambling hall|arcade|slot machines|salon gier|salonie gier|automaty do gier|fajka wodna|' +
			'sziszy|herna|herně|hernu|heren|vodní dýmk*|' +
			'pouští dovnitř|wpuszcza nieletnich|lässt minderjährige rein|lets minors in'
	],
	[
		'Opferhilfe',
		'',
		'',
		false,
		// Shame and withdrawal after being defrauded or robbed.
		'seitdem schämt|schämt sich seitdem|schämt sich so|kaum noch aus dem haus|traut sich nicht mehr raus|' +
			'too ashamed|hardly leaves the house|wstydzi się wyjść|tak się wstydzi|stydí se vyjít|tak se stydí'
	],
	[
		'Betrug',
		'',
		'',
		false,
		// Investment and recovery scams: gold coins, crypto, a "lawyer" who gets the money back for a fee.
		'goldmünzen|gold coins|złote monety|złotych monet|zlaté mince|zlatých mincí|krypto*|crypto*|' +
			'bitcoin*|anlagebetrug|investment scam|investment fraud|oszustwo inwestycyjne|investiční podvod|' +
			'falscher anwalt|fake lawyer|fałszywy adwokat|fałszywy prawnik|falešný advokát|falešný právník|' +
			'geld zurückholen|get the money back|odzyskać pieniądze|vrátí peníze|ware nie angekommen|never arrived|nie doszły|nepřišly|nepřišlo'
	],
	[
		'Rassismus',
		'',
		'',
		false,
		// Roma and Sinti; a gallows and slurs on a door.
		'roma|rom|romni|romka|romové|romů|romy|romowie|romów|sinti|cikán*|cygan*|gypsy|gypsies|zigeuner|' +
			'weil ich roma bin|because i m roma|bo jestem romką|protože jsem rom|protože jsem romka|' +
			'galgen|gallows|szubienic*|šibenic*|beleidigende sprüche|offensive words|obraźliwe słowa|' +
			'obraźliwe napisy|urážlivé nápisy|urážlivá slova'
	],
	[
		'Diskriminierung',
		'',
		'',
		false,
		// Racial profiling.
		'racial profiling|racially profiled|nur mich kontrolliert|kontrollieren nur mich|only checked me|' +
			'only checked my papers|checked my papers|only me they checked|sprawdzali tylko mnie|' +
			'legitymowali tylko mnie|legitymują tylko mnie|kontrolovali jen mě|jen mě kontrolovali|' +
			'kontrolují jen mě|personenkontrolle|ausweiskontrolle|kontrola dokumentów|kontrola dokladů'
	],
	[
		'Extremismus',
		'',
		'',
		false,
		// Militias training with weapons, "day X"; racist graffiti.
		'miliz*|militia*|milicja*|milicje|milice|domobrana|domobran*|tag x|day x|dzień x|dnia x|den x|' +
			'dni x|wehrsport*|schießübungen|trainieren mit waffen|training with weapons|trenują z bronią|' +
			'cvičí se zbraněmi|cvičí se zbraní|reichsbürger*|prepper*|rassistische schmierereien|' +
			'rassistische sprüche|racist graffiti|racist writing|rasistowskie napisy|rasistowskich napisów|' +
			'rasistické nápisy|rasistických nápisů|rasistické čmáranice'
	],
	[
		'Sucht',
		'',
		'',
		false,
		// Withdrawal beside work; quitting smoking; drinking alone after a divorce; smelling of weed.
		'entwöhnung*|ambulante therapie|ambulanter entzug|rauchen aufhören|raucherentwöhnung|' +
			'nichtraucher*|quit smoking|stop smoking|smoking cessation|rzucić palenie|rzucanie palenia|' +
			'odwyk*|odvykání*|přestat kouřit|kouření|trinke jeden abend|' +
			'trinke allein|trinke alleine|drink alone|drinking alone|drink every evening|drink every night|' +
			'piję sam|piję sama|piję codziennie|piję co wieczór|piju sám|piju sama|piju každý večer|' +
			'riecht nach gras|riecht nach kiff|smelling of weed|smells of weed|smelling of alcohol|' +
			'pachnie trawką|śmierdzi trawką|czuć od niego trawkę|smrdí trávou|smrdí po trávě|' +
			'pali papierosy|kouří cigarety'
	],
	[
		'Gesundheitsamt',
		'',
		'',
		false,
		// Vaccination certificates; hepatitis and other tests.
		'masern*|impfnachweis*|impfpass|measles|vaccination certificate|proof of vaccination|odrę|' +
			'szczepienie*|szczepień|zaświadczenie o szczepieniu|spalničky|spalniček|očkování|' +
			'očkovací průkaz|hepatitis|gelbsucht|wzw|żółtaczk*|žloutenk*|' +
			'anonymer test|anonymous test|anonimowy test|anonymní test'
	],
	[
		'Jugendamt',
		'',
		'',
		false,
		// Custody of an unmarried father; a guardian for an unaccompanied minor.
		'unverheiratet*|gemeinsames sorgerecht|unmarried|joint custody|custody of my child|' +
			'władza rodzicielska|władzy rodzicielskiej|prawa do dziecka|nieślubn*|svobodný otec|nejsme sezdaní|společná péče|svěření do péče|' +
			'vormund*|vormundschaft|unbegleitet*|ohne eltern|unaccompanied*|guardian for a minor|guardian for a child|' +
			'opiekun nieletniego|opiekunem nieletniego|opiekunem dla chłopaka|opiekunem dla dziecka|bez rodziców|poručník*|poručnictví|' +
			'bez rodičů|stát se poručníkem|unverheirateter vater|unverheiratete eltern|sorgeerklärung|' +
			'unmarried father|unmarried parents|nieślubny ojciec|rodzice bez ślubu|nesezdaní rodiče'
	],
	[
		'Familienberatung',
		'',
		'',
		false,
		// Adoption and the birth parents; terror or war in the news; family counselling online.
		'adoptiv*|adoption|adoptiert|adopted|adopcja|adopcji|adoptowan*|adopce|adoptovan*|' +
			'leibliche mutter|leiblicher vater|leibliche eltern|birth mother|birth father|birth parents|' +
			'biologiczna matka|biologicznej matki|biologiczni rodzice|biologická matka|biologickou matku|' +
			'biologičtí rodiče|terroranschlag|anschlag in den nachrichten|krieg in den nachrichten|' +
			'terror attack|terror attacks|war on the news|attack on the news|zamach*|atak terrorystyczny|' +
			'wojna w wiadomościach|teroristický útok|teroristickém útoku|válka ve zprávách|' +
			'mit kindern darüber reden|talking to kids about|talk to my kids about|rozmawiać z dziećmi o|' +
			'mluvit s dětmi o|familienberatung online|family counselling online|poradnia rodzinna|' +
			'poradni rodzinnej|rodinná poradna|rodinné poradny'
	],
	[
		'Jugendstrafverfahren',
		'',
		'',
		false,
		// Fare dodging; remand and custody; riding a tuned moped or scooter uninsured.
		'schwarzfahr*|schwarzgefahren|ohne fahrschein|ohne ticket|fare dodging|without a ticket|' +
			'caught without a ticket|jazda bez biletu|bez biletu|na gapę|jízda načerno|načerno|' +
			'bez jízdenky|untersuchungshaft|u haft|in haft|in custody|on remand|remand|areszt*|' +
			'w areszcie|ve vazbě|vazba|vazbu|ve věznici|ohne versicherung|frisiert*|getunt*|' +
			'without insurance|uninsured|bez ubezpieczenia|bez pojištění|upravená koloběžka|' +
			'upravené koloběžce|upravenou koloběžku|upravené elektrokoloběžce'
	],
	[
		'Schulden',
		'',
		'',
		false,
		// Health insurance arrears.
		'krankenkassenbeiträge|beitragsrückstand|beitragsschulden|rückstand|' +
			'rückstände|health insurance arrears|arrears|zaległości|zaległe składki|składki zdrowotne|' +
			'dlužné pojistné|nedoplatek|nedoplatky|dluh na pojistném'
	],
	[
		'Verbraucherschutz',
		'',
		'',
		false,
		// Paid lines of fortune-tellers and hotlines.
		'wahrsager*|kartenleger*|hellseher*|astro hotline|mehrwertnummer|teure hotline|fortune teller*|' +
			'psychic*|premium rate|paid line|wróżk*|jasnowidz*|płatna linia|płatną linię|płatne linie|' +
			'věštk*|kartářk*|jasnovid*|placená linka|drahá linka'
	],
	[
		'Notfall',
		'',
		'',
		false,
		// A crisis line at night.
		'krisentelefon|elterntelefon|nachts anrufen|crisis line|crisis phone|crisis phone line|' +
			'phone line for parents|night line|telefon zaufania|linia kryzysowa|telefon dla rodziców|' +
			'krizová linka|linka důvěry|linka pro rodiče'
	],
	[
		'Weggelaufen',
		'',
		'',
		false,
		// A teenager who will not go home and whose parents do not answer.
		'will nicht heim|will auf keinen fall heim|will nicht nach hause|schläft bei uns|' +
			'eltern melden sich nicht|won t go home|doesn t want to go home|refuses to go home|' +
			'sleeping at ours|parents don t answer|nie chce wracać do domu|nie chce wrócić do domu|' +
			'śpi u nas|rodzice się nie odzywają|nechce domů|nechce jít domů|spí u nás|rodiče se neozývají'
	],
	[
		'Häusliche Gewalt',
		'',
		'',
		false,
		// A smart home used by a former partner; violence in pregnancy; a partner who smashes things.
		'smart home*|smarthome|smart home app|controls the heating|inteligentny dom|inteligentnego domu|' +
			'chytrá domácnost|chytré domácnosti|schwanger geschlagen|hit me while pregnant|' +
			'bije mnie w ciąży|bije mě v těhotenství|popchnął mnie|pchnął mnie|pushed me|strčil do mě|' +
			'strčil mě|pushed me down the stairs|die treppe runtergestoßen|zepchnął mnie ze schodów|' +
			'shodil mě ze schodů|babybett zertrümmert|möbel zertrümmert|schlägt alles kaputt|' +
			'smashed the cot|smashes things|rozbił łóżeczko|rozbija rzeczy|rozbil postýlku|rozbíjí věci|' +
			'angst vor ihrem freund|angst vor meinem freund|afraid of her boyfriend|afraid of my boyfriend|' +
			'boi się partnera|boi się swojego partnera|bojí se přítele|bojí se svého přítele'
	],
	[
		'Schulsozialarbeit',
		'',
		'',
		false,
		// Weapons at school; pupils pressed into stealing; filming a teacher; a school threatening expulsion.
		'gaspistole*|waffe in der schule|waffe mit in die schule|messer in der schule|' +
			'gas pistol|air gun|bb gun|replica gun|gun to school|weapon to school|knife to school|' +
			'pistolet gazowy|pistolet na kulki|broń w szkole|broń do szkoły|nóż w szkole|plynová pistole|' +
			'plynovou pistoli|zbraň do školy|zbraň ve škole|nůž ve škole|zum klauen anstiften|' +
			'zwingen sie zu klauen|soll für sie klauen|pressuring her to steal|to steal for them|' +
			'make her steal|peer pressure|gruppendruck|zmuszają do kradzieży|namawiają do kradzieży|' +
			'kraść dla nich|presja rówieśnicza|nutí krást|navádějí ke krádeži|krást pro ně|tlak vrstevníků|' +
			'lehrerin gefilmt|lehrer gefilmt|filmed the teacher|filmed his teacher|nagrał nauczyciel*|' +
			'nagrała nauczyciel*|natočil učitel*|natočila učitel*|schulverweis|von der schule fliegen|' +
			'expelled from school|expulsion from school|suspended from school|wyrzucenie ze szkoły|wyrzuceniem|wyrzucić ze szkoły|' +
			'vyloučení ze školy|vyloučit ze školy|vyhodit ze školy|pressuring my daughter|pressuring my son|' +
			'pressuring her to|pressuring him to|setzen sie unter druck|setzen ihn unter druck|' +
			'naciskają na córkę|naciskają na syna|tlačí na dceru|tlačí na syna|' +
			// Lists ranking the ugliest girls; blackmail among classmates with a video.
			'hässlichste*|liste der hässlichsten|ranking der mädchen|ugliest|ugliest girls|list of the ugliest|' +
			'najbrzydsz*|lista najbrzydszych|ranking dziewczyn|nejošklivější|seznam nejošklivějších|' +
			'žebříček holek|erpressen ihn mit einem video|mit einem video erpresst|blackmailing our son|' +
			'blackmailing him|blackmailing her|szantażują go|szantażują ją|szantażują filmem|vydírají ho|' +
			'vydírají ji|vydírají ho videem'
	],
	[
		'Polizei',
		'',
		'',
		false,
		// Football fans fighting; the emergency stop and the fire extinguisher on a bus; threats to kill.
		'fußballfans|hooligan*|fans prügeln sich|schlägerei nach dem spiel|football fans|' +
			'fans fighting|fight after the match|kibic*|kibol*|bójka kibiców|bójki kibiców|' +
			'po meczu|fanoušci|fanoušků|chuligán*|rvačka po zápase|po zápase|notbremse|notstopp|' +
			'emergency stop|emergency brake|hamulec bezpieczeństwa|nouzová brzda|záchranná brzda|' +
			'feuerlöscher|fire extinguisher|gaśnica|gaśnicę|gaśnice|hasicí přístroj|hasicí přístroje|' +
			'droht uns umzubringen|droht mich umzubringen|threatens to kill|threatened to kill|' +
			'grozi że nas zabije|grozi śmiercią|vyhrožuje že nás zabije|vyhrožuje zabitím|že nás zabije'
	],
	[
		'Schutzinseln und Geschäfte',
		'',
		'',
		false,
		// A drugstore is a shop, not drugs ("drog*", "drug*").
		'drogerie|drogerien|drugstore|drugstores|drogeria|drogerii|drogerię|drogérie|drogérii'
	],
	[
		'Präventionsrat',
		'',
		'',
		false,
		// Who decides on CCTV in the town.
		'videoüberwachung*|kameraüberwachung|kameras am markt|cctv in town|cctv on the square|' +
			'cameras in the town centre|monitoring miejski|monitoring na rynku|monitoringu miejskiego|' +
			'kamery na rynku|kamery w mieście|městský kamerový systém|kamery na náměstí|kamery ve městě'
	],
	[
		'Straftat anzeigen',
		'',
		'',
		false,
		// An adult asking a child for photos (grooming by a teacher, a coach, a stranger).
		'will fotos von ihr|will bilder von ihr|soll ihm fotos schicken|asks her for photos|' +
			'asking her for photos|asking my daughter for photos|wants her to send photos|' +
			'prosi ją o zdjęcia|chce od niej zdjęć|żeby wysyłała mu zdjęcia|żeby wysyłała zdjęcia|' +
			'aby mu posílala fotky|posílala fotky|chce po ní fotky|přemlouvá ji|premlouva'
	],
	[
		'Senioren',
		'',
		'',
		false,
		// A security adviser's visit at home.
		'sicherheitsberater*|safety adviser|security adviser|doradca do spraw bezpieczeństwa|' +
			'doradca bezpieczeństwa|doradcy bezpieczeństwa|bezpečnostní poradce|bezpečnostního poradce|' +
			'bezpečnostním poradcem'
	],
	[
		'Volkshochschule',
		'',
		'',
		false,
		// Securing the home wifi.
		'wlan*|wifi|wi fi|router|heimnetz*|home network|secure my wifi|sieć domowa|sieci domowej|' +
			'zabezpieczyć wifi|domácí wifi|domácí síť|zabezpečení wifi'
	],
	[
		'Wohnungslosigkeit',
		'',
		'',
		false,
		// Sleeping in a car.
		'schläft im auto|im auto schlafen|lebt im auto|sleeping in his car|sleeps in his car|' +
			'sleeping in a car|living in his car|living in a car|śpi w samochodzie|mieszka w samochodzie|' +
			'spí v autě|bydlí v autě|přespává v autě'
	],
	[
		'Quartier und Mitmachen',
		'',
		'',
		false,
		// An abandoned house on the estate where children play.
		'leerstehendes haus|leerstand|abandoned house|abandoned building|empty house|opuszczony dom|' +
			'opuszczonym domu|pustostan*|opuštěný dům|opuštěném domě|opuštěného domu|prázdný dům'
	]
];

export const { up, down } = vocabularyMigration(ADDITIONS);
