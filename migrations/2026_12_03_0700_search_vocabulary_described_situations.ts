import type { Kysely } from 'kysely';
import { addVocabulary, queueSettings, type Addition } from './2026_12_03_0400_search_vocabulary_everyday_words';

// Round two of the everyday words (issue #10): situations as citizens describe them rather than name
// them (threats, an ex-partner who keeps writing, drinking described, impostors at the phone or the
// door, thoughts of death, a court summons), concepts the vocabulary lacked (legal advice, sexual
// violence, homelessness, neighbour disputes, vandalism, loneliness, running away from home) and more
// slang and inflections for the others, in German, English, Polish and Czech. Like 2026_12_03_0400:
// rows are matched by label and only missing words are added, so a coordinator's words stay.
export async function up(db: Kysely<any>): Promise<void> {
	await addVocabulary(db, ADDITIONS);
}

// The words added to existing concepts stay: a coordinator may have come to rely on them since.
export async function down(db: Kysely<any>): Promise<void> {
	await db.deleteFrom('search_vocabulary').where('label', 'in', NEW_LABELS).execute();
	await queueSettings(db);
}

const NEW_LABELS = [
	'Rechtsberatung',
	'Sexuelle Gewalt',
	'Wohnungslosigkeit',
	'Nachbarschaftsstreit',
	'Vandalismus',
	'Einsamkeit',
	'Weggelaufen'
];

const ADDITIONS: Addition[] = [
	[
		'Angriff',
		'',
		'',
		true,
		// Threats: the verb in its persons and tenses, the noun, and threats by message or in person.
		'bedroh*|droht mir|droht mich|droht uns|drohte mir|gedroht|drohung*|androh*|morddrohung*|drohbrief*|drohnachricht*|einschüchter*|erpress*|' +
			'angepöbelt|angepoebelt|bedrängt|zusammengetreten|niedergeschlagen|verletzt|messer|waffe|' +
			'threat*|intimidat*|blackmail*|extort*|beaten up|beat me up|jumped|knife|weapon|' +
			'grozi*|groził*|groźb*|pogróżk*|zastrasz*|szantaż*|pobil*|pobity|nóż|nożem|' +
			'vyhrož*|vyhrůžk*|výhrůžk*|zastrašuj*|vydírá|vydírání|zbil*|zmlátil*|nůž|nožem'
	],
	[
		'Häusliche Gewalt',
		'',
		'',
		true,
		// What a partner does at home, in the words of the one it happens to.
		'schlägt mich|haut mich|schubst mich|tritt mich|würgt mich|kontrolliert mich|kontrolliert alles|' +
			'sperrt mich ein|darf nicht raus|lässt mich nicht raus|eifersüchtig|eifersucht|demütigt mich|' +
			'gewalt in der partnerschaft|gewalttätiger mann|gewalttätiger partner|gewaltschutzgesetz|wegweisung|' +
			'hits me|beats me up|pushes me|chokes me|controls me|controlling|checks my phone|' +
			'jealous|locks me in|abusive relationship|abusive partner|violent husband|' +
			'uderza mnie|popycha mnie|dusi mnie|kontroluje mnie|zazdrosny|zamyka mnie|niebieska karta|' +
			'przemoc w związku|przemoc w rodzinie|' +
			'bije mne|strká do mě|škrtí mě|kontroluje mě|žárlí|žárlivý|zamyká mě|násilí v rodině|násilí ve vztahu'
	],
	[
		'Stalking',
		'',
		'',
		true,
		// An ex-partner (or anyone) who does not stop writing, calling or turning up.
		'mein ex|meine ex|mein exfreund|meine exfreundin|exfreund*|exfreundin*|expartner*|exmann|exfrau|' +
			'ex freund|ex freundin|ex partner|ex mann|ex frau|verflossener|' +
			'schreibt mir ständig|schreibt mir dauernd|schreibt mir immer|steht vor meiner tür|' +
			'taucht immer auf|lässt nicht locker|kontaktverbot|näherungsverbot|' +
			'my ex|ex boyfriend|ex girlfriend|ex husband|ex wife|ex partner|former partner|' +
			'keeps messaging|keeps texting|keeps calling|messaging me|texting me|' +
			'shows up at my|unwanted messages|restraining order|' +
			'były partner|była partnerka|były mąż|była żona|były chłopak|była dziewczyna|eks|' +
			'ciągle pisze|pisze do mnie|wypisuje|nie daje mi spokoju|czeka pod domem|zakaz zbliżania|' +
			'bývalý|bývalá|bývalého|bývalým|expřítel*|expřítelkyně|exmanžel*|' +
			'pořád píše|pořád mi píše|pořád volá|pořád mi volá|neustále píše|píše mi|otravuje mě|čeká před domem|zákaz přiblížení'
	],
	[
		'Sucht',
		'',
		'',
		false,
		// Drinking and using described rather than named.
		'trinkt|trinken zu viel|säuft|besäuft|vollgesoffen|sturzbetrunken|blau|zugedröhnt|' +
			'bekifft|vollrausch|alkoholvergiftung|filmriss|pegel|schnaps|bier|wodka|' +
			'nimmt drogen|drogen nimmt|konsumiert|dealer|dealt|vape|vapes|lachgas|spice|' +
			'drinks|drink too much|drinking too much|heavy drinking|binge*|booze|boozing|hungover|hangover|' +
			'alcoholism|getting drunk|wasted|high on|does drugs|taking drugs|on drugs|dealer|' +
			'pije za dużo|pije codziennie|upija|przepija|pijaństwo|alkoholik|alkoholiczka|naćpany|naćpana|' +
			'ćpa|ćpun*|bierze narkotyki|diler|hazardzista|' +
			'moc pije|pije každý|opíjí|chlastá|ožralý|ožrala|zfetovaný|fetuje|fet|bere drogy|' +
			'dealer drog|gambler|hrací automaty'
	],
	[
		'Schockanruf',
		'',
		'',
		true,
		// Someone pretending to be family, police or the bank, on the phone or at the door.
		'anrufer|anruferin|gab sich als|gibt sich als|gaben sich als|geben sich als|sich ausgegeben|' +
			'falscher enkel|angeblicher enkel|angebliche enkelin|angeblicher polizist|angebliche polizei|' +
			'falscher bankmitarbeiter|angeblicher bankmitarbeiter|falsche bank|kaution|unfall verursacht|' +
			'geld abholen|goldschmuck abholen|wertsachen abholen|' +
			'pretended to be|claiming to be|claimed to be|fake grandson|fake grandchild|fake bank|' +
			'bank impersonation|impersonat*|caller|phone scam|phone fraud|' +
			'podał się za|podaje się za|podszywał się|fałszywy wnuczek|fałszywy pracownik banku|' +
			'na policjanta|na wnuczka|kaucja|telefon od wnuczka|' +
			'vydával se za|vydává se za|falešný vnuk|falešná banka|falešný policista|' +
			'podvodný hovor'
	],
	[
		'Betrug',
		'',
		'',
		false,
		// Impostors at the door and in the inbox.
		'fake|falsche handwerker|falscher handwerker|angebliche handwerker|falsche wasserwerker|' +
			'an der haustür|an der tür geklingelt|haustürbetrug|trickdieb*|abzocker|betrügerische|' +
			'gefälschte*|fake mail|phishing mail|' +
			'fake tradesmen|rogue trader*|doorstep|cowboy builder*|fake email|fake e mail|password|' +
			'bank details|identity theft|' +
			'fałszyw*|fałszywi fachowcy|oszuści|oszustka|naciągacz*|' +
			'falešn*|falešní řemeslníci|podvodník*|podvodnice|podomní prodej*|zneužití účtu'
	],
	[
		'Krise',
		'',
		'',
		true,
		// Thoughts of death and of not wanting to live, in the words people use for them.
		'keine kraft mehr|tod|todesgedanken|sterben|will sterben|möchte sterben|' +
			'nicht mehr leben|nicht mehr da sein|nicht mehr aufwachen|mir das leben nehmen|alles sinnlos|sinnlos|' +
			'hoffnungslos|ausweglos|keinen ausweg|keinen sinn mehr|' +
			'want to die|wanna die|don t want to live|no reason to live|end it all|thoughts of death|' +
			'hopeless|no way out|can t go on|suicidal|' +
			'chcę umrzeć|nie chcę żyć|myśli samobójcze|nie mam siły|bez sensu|beznadziej*|odebrać sobie życie|' +
			'chci umřít|nechci už žít|myšlenky na smrt|nemám sílu|nemá to smysl|beznaděj*|vzít si život|smrt'
	],
	[
		'Psychische Erkrankung',
		'',
		'',
		false,
		'angststörung*|panikattacke*|burnout|stimmen hören|hört stimmen|verfolgungswahn|wahnvorstellung*|' +
			'schizophren*|bipolar*|manisch|zwangsstörung*|essstörung*|magersucht|bulimie|psychiater|therapeut*|' +
			'anxiety|panic attack*|hearing voices|eating disorder*|psychosis|psychotic|schizophreni*|' +
			'mental breakdown|nervous breakdown|therapist|' +
			'nerwica|atak paniki|ataki paniki|zaburzeni*|schizofren*|psychiatra|terapeut*|załamanie nerwowe|' +
			'úzkost*|panick*|schizofren*|psychiatr*|terapeut*|nervové zhroucení|porucha příjmu potravy'
	],
	[
		'Jugendstrafverfahren',
		'',
		'',
		false,
		// Being accused rather than reporting: a charge, a summons, a trial, community service.
		'anzeige bekommen|anzeige gegen mich|anzeige gegen ihn|angezeigt worden|angezeigt|beschuldigt*|' +
			'tatverdächtig*|strafbefehl|hauptverhandlung|arbeitsstunden|sozialstunden|jugendarrest|' +
			'festgenommen|erwischt|straftat begangen|' +
			'charged|got charged|arrested|got arrested|caught shoplifting|community service|youth offending|' +
			'young offender*|juvenile|on probation|' +
			'oskarżon*|zarzut*|zatrzyman*|prace społeczne|nieletni sprawca|nieletni|kurator|' +
			'obviněn*|obžalob*|zadržen*|veřejně prospěšné práce|mladistvý pachatel|probační úředník'
	],
	[
		'Rechtsberatung',
		'amtsgericht rechtsantragstelle',
		'opferhilfe',
		false,
		'gericht|vor gericht|gerichts|gerichtstermin*|vorladung*|amtsgericht|familiengericht|' +
			'anwalt|anwältin|rechtsanwalt|rechtsanwältin|rechtsberatung|rechtlich*|beratungshilfe|' +
			'prozesskostenhilfe|klage|verklagt|sorgerecht|umgangsrecht|schutzanordnung|' +
			'court|court summons|summons|lawyer|solicitor|legal advice|legal aid|legal help|sue|sued|' +
			'court hearing|custody|' +
			'sąd|sądu|sądzie|w sądzie|wezwanie do sądu|prawnik|adwokat|porada prawna|pomoc prawna|' +
			'pozew|rozprawa|opieka nad dzieckiem|' +
			'soud|soudu|u soudu|předvolání|právník|advokát|právní poradna|právní pomoc|žaloba|' +
			'soudní jednání|péče o dítě'
	],
	[
		'Sexuelle Gewalt',
		'gewaltopferambulanz opferhilfe',
		'opferhilfe haeusliche-gewalt',
		true,
		'vergewaltig*|sexuelle gewalt|sexualisierte gewalt|sexueller übergriff|sexuell belästigt|' +
			'sexuelle belästigung|begrapscht|angefasst|k o tropfen|ko tropfen|spurensicherung|' +
			'rape|raped|sexual assault|sexually assaulted|sexual harassment|sexually harassed|groped|' +
			'spiked|date rape|' +
			'zgwałcenie|zgwałcon*|zgwałcił|molestowan*|napaść seksualna|przemoc seksualna|' +
			'znásilnění|znásilněn*|znásilnil|sexuální násilí|sexuální obtěžování|osahával'
	],
	[
		'Wohnungslosigkeit',
		'wohnungslosigkeit streetwork',
		'',
		false,
		'obdachlos*|wohnungslos*|auf der straße|auf der strasse|keine wohnung|wohnung verloren|' +
			'rausgeschmissen|rausgeworfen|zwangsräumung|räumungsklage|notunterkunft|schlafplatz|' +
			'notschlafstelle|kein dach über dem kopf|' +
			'homeless*|sleeping rough|rough sleep*|evicted|eviction|nowhere to sleep|nowhere to live|' +
			'kicked out|shelter for the night|' +
			'bezdomn*|eksmisj*|nie mam gdzie spać|nie mam gdzie mieszkać|noclegowni*|wyrzucony z domu|' +
			'bezdomov*|bez domova|vystěhován*|nemám kde spát|nemám kde bydlet|noclehárn*|vyhodili mě'
	],
	[
		'Nachbarschaftsstreit',
		'nachbarschaft konflikten nachbarschaftsstreit',
		'nachbarschaft',
		false,
		'nachbarschaftsstreit|nachbarstreit|streit mit dem nachbarn|streit mit nachbarn|ärger mit nachbarn|' +
			'nachbarn streiten|nachbarschaftskonflikt*|zoff|schlichtung|schlichten|' +
			'neighbour dispute|neighbor dispute|neighbour from hell|neighbours from hell|noisy neighbour*|' +
			'noisy neighbor*|problem neighbour*|mediation|' +
			'kłótnia z sąsiadem|konflikt z sąsiadem|konflikt sąsiedzki|głośni sąsiedzi|sąsiedzi|mediacja|' +
			'spor se sousedem|hádka se sousedem|sousedský spor|hluční sousedé|sousedé|mediace'
	],
	[
		'Ordnungsamt',
		'',
		'',
		false,
		'laut|zu laut|krach|ruhestörer|nachtruhe|bellender hund|hund bellt|müll|wilder müll|' +
			'sperrmüll|falsch geparkt|parkt|parken|' +
			'loud|too loud|loud music|barking dog|rubbish|litter|fly tipping|illegal parking|parked|' +
			'głośno|hałasuje|cisza nocna|szczekający pies|śmieci|źle zaparkowany|' +
			'hlučn*|noční klid|štěkající pes|odpadky|černá skládka|špatně zaparkovan*'
	],
	[
		'Vandalismus',
		'nachbarschaft ordnungsamt polizei vandalismus graffiti',
		'kriminalpraevention nachbarschaft',
		false,
		'vandalismus|vandal*|graffiti|sprayer*|gesprüht|beschmiert|schmiererei*|sachbeschädigung|zerstört|' +
			'kaputt gemacht|zerkratzt|eingeworfen|scheibe eingeschlagen|zerstochen|reifen zerstochen|' +
			'vandalism|vandalised|vandalized|spray paint*|tagging|damaged|smashed|keyed|slashed tyres|' +
			'wandal*|pomalowan*|zniszczon*|porysowan*|wybita szyba|przebite opony|' +
			'vandal*|posprejovan*|sprejer*|zničen*|poškozování|poškozené auto|rozbité okno|propíchnuté pneumatiky'
	],
	[
		'Einsamkeit',
		'nachbarschaft treffpunkt besuchsdienst',
		'nachbarschaft',
		false,
		'einsam*|fühle mich allein|bin so allein|ganz allein|immer allein|niemand zum reden|isoliert|' +
			'kontakte knüpfen|leute kennenlernen|besuchsdienst|' +
			'lonely|loneliness|alone|on my own|isolated|no one to talk to|nobody to talk to|meet people|' +
			'samotność|czuję się samotny|czuję się samotna|jestem samotny|jestem samotna|osamotnion*|nikogo nie mam|poznać ludzi|' +
			'osaměl*|jsem sám|jsem sama|cítím se sám|cítím se sama|samota|nemám nikoho|poznat lidi'
	],
	[
		'Weggelaufen',
		'jugendnotdienst inobhutnahme',
		'jugendschutz',
		true,
		'weggelaufen|abgehauen|ausgerissen|von zu hause weg|von zuhause weg|nicht nach hause|' +
			'rausgeflogen|traut sich nicht nach hause|notschlafplatz|' +
			'ran away|run away|runaway|left home|won t come home|scared to go home|' +
			'uciekł z domu|uciekła z domu|uciekło z domu|nie wraca do domu|boi się wrócić do domu|' +
			'utekl z domova|utekla z domova|nevrátil se domů|nevrátila se domů|bojí se jít domů'
	],
	[
		'Polizei',
		'',
		'',
		false,
		// Missing persons and what people say when they want to report something.
		'vermisst*|verschwunden|vermisstenanzeige|anzeige erstatten|anzeigen|melden|polizeibeamt*|' +
			'missing|missing person|disappeared|report it|report to the police|file a report|' +
			'zaginął|zaginęła|zaginion*|zgłosić|zawiadomienie|' +
			'pohřešovan*|zmizel*|nahlásit|podat oznámení|trestní oznámení'
	],
	[
		'Bürgerpolizist',
		'',
		'',
		false,
		'zuständiger polizist|polizist für|polizei vor ort|polizei im viertel|im viertel|viertel|kiez|' +
			'officer for my area|officer for my neighbourhood|officer for my neighborhood|neighbourhood officer|' +
			'neighborhood officer|area officer|local police|local officer|police in my area|' +
			'policjant w okolicy|policjant rejonowy|rejonow*|' +
			'místní policista|policista v okolí|strážník|strážníka'
	],
	[
		'Jugendarbeit',
		'',
		'',
		false,
		// Group words name youth work only when nothing else is named (GROUP_WORDS in stop-words.ts).
		'jugendliche|jugendlicher|jugendlichen|teenager|teenagers|teenies|teens|teen|youngsters|' +
			'nastolatek|nastolatki|nastolatka|nastolatków|nastolatkom|nastolatkami|' +
			'teenageři|teenagery|teenagerům|náctiletí|náctiletých|náctiletým|mladiství|mladistvých|' +
			'wo hingehen|langeweile|langweilig|nichts zu tun|nach der schule|' +
			'skatepark|bolzplatz|kicker|billard|ferienangebot*|ferienprogramm|' +
			'nowhere to go|bored|after school|youth activities|skate park|holiday activities|' +
			'po szkole|po lekcjach|zajęcia pozalekcyjne|nudzi się|nie ma co robić|gdzie spędzać|' +
			'po škole|nudí se|není co dělat|kroužky|kroužek|zájmové aktivity'
	],
	[
		'Senioren',
		'',
		'',
		false,
		'rente|im ruhestand|seniorennachmittag|kaffeenachmittag|' +
			'pension|pensioner|over 60|over 70|' +
			'na emeryturze|emerytka|' +
			'v důchodu|důchodkyně'
	],
	[
		'Mobbing',
		'',
		'',
		false,
		'ausgeschlossen|gehänselt|ärgern ihn|ärgern sie|machen sich lustig|lustig gemacht|verspottet|' +
			'bedrängen|schubsen|peinliche fotos|gruppenchat|' +
			'make fun of|made fun of|making fun|picking on|excluded|left out|called names|name calling|' +
			'humiliated|mean to|group chat|' +
			'naśmiewa*|wyzywa*|wykluczon*|poniża*|upokarza*|popychają|' +
			'smějí se|posmívá|vysmívá|urážejí|vyčleněn*|strkají|ponižují'
	],
	[
		'Kinderschutz',
		'',
		'',
		true,
		'schlägt das kind|schlägt die kinder|kinder werden geschlagen|kind wird geschlagen|verwahrlosung|' +
			'kind allein gelassen|kinder allein|hungern|blaue flecken|' +
			'child is hit|hits the child|hits his kids|hits her kids|left alone|bruises|child neglected|' +
			'zaniedbyw*|bije dziecko|bije dzieci|siniaki|zostawia dzieci|przemoc wobec dziecka|' +
			'bije dítě|bije děti|modřiny|nechává děti samotné|zanedbané dítě|zanedbaný'
	],
	[
		'Einbruch',
		'',
		'',
		false,
		'haustür sichern|tür sichern|fenster sichern|türschloss|schloss|riegel|alarmanlage|' +
			'einbruchhemmend|tür aufgebrochen|' +
			'protect my flat|protect my house|lock|locks|alarm|door lock|break ins|' +
			'zabezpieczyć dom|zabezpieczenie domu|zamek|alarm|antywłamaniow*|' +
			'zabezpečit dům|zámek|alarm|bezpečnostní dveře'
	],
	[
		'Schulden',
		'',
		'',
		false,
		'miete nicht bezahlen|kann die miete nicht|stromschulden|überschuldet|lohnpfändung|mahnbescheid|' +
			'raten nicht zahlen|kredit nicht zahlen|dispo|konto gepfändet|zahlungsaufforderung|' +
			'can t pay my rent|behind on rent|loan|loans|payday loan*|overdue|final demand|' +
			'nie mogę spłacić|spłacić|spłata|pożyczk*|chwilówk*|nie stać mnie|' +
			'nemůžu splácet|splácet|splácení|exekuc*|nemám na nájem'
	],
	[
		'Rassismus',
		'',
		'',
		false,
		'rassistisch beleidigt|wegen meiner hautfarbe|wegen meiner religion|kopftuch|ausländerfeindlich|' +
			'beschimpft als|angefeindet|n wort|' +
			'because of my skin|because i m foreign|headscarf|racial slur*|racist abuse|' +
			'obrażony z powodu|bo jestem polakiem|bo jestem cudzoziemcem|wyzwiska rasistowskie|' +
			'kvůli barvě pleti|protože jsem cizinec|rasistické nadávky'
	],
	[
		'Extremismus',
		'',
		'',
		false,
		'rechte musik|nazimusik|rechte sprüche|verfassungsschutz|hassnachrichten|reichsbürger|' +
			'nazi graffiti|nazi slogans|extremist propaganda|radicalised|' +
			'nazistowskie symbole|hajlowanie|' +
			'nacistické symboly|hajlování'
	],
	[
		'Migration',
		'',
		'',
		false,
		'geflüchtete|geflüchteten|aus der ukraine|ukrainer*|aufenthaltstitel|duldung|ausländerbehörde|' +
			'asylbewerber*|asylantrag|sprachcafé|deutsch café|' +
			'asylum seeker*|from ukraine|ukrainian*|new in germany|learn the language|language course|' +
			'z ukrainy|ukrain*|nauka niemieckiego|uchodźcy z ukrainy|' +
			'z ukrajiny|ukrajin*|kurz němčiny|učit se německy'
	],
	[
		'Verkehrssicherheit',
		'',
		'',
		false,
		'raser|zu schnell|rasen durch|rasen vor|rasen hier|autos rasen|rast durch|autofahrer|geschwindigkeit|zebrastreifen|ampel|verkehrsunfall|unfall|fahrradprüfung|' +
			'fahrradhelm|helm|kindersitz|elterntaxi|sicher zur schule|' +
			'speeding|pedestrian crossing|zebra crossing|road accident|bike helmet|cycle helmet|car seat|' +
			'walk to school|way to school|' +
			'przejście dla pieszych|pieszy|piesi|kask|wypadek drogowy|droga do szkoły|fotelik|' +
			'přechod pro chodce|chodec|chodci|přilba|helma|dopravní nehoda|cesta do školy|autosedačka'
	],
	[
		'Selbstverteidigung',
		'',
		'',
		false,
		'selbstverteidigungskurs*|mich wehren|sich wehren|judo|karate|kampfkunst|' +
			'defend myself|martial arts|fight back|' +
			'obrona|bronić się|sztuki walki|' +
			'bránit se|bojové umění|bojová umění'
	],
	[
		'Medien und Internet',
		'',
		'',
		false,
		'whatsapp|instagram|tiktok|snapchat|discord|chatgruppe|klassenchat|cybergrooming|grooming|nacktbilder|' +
			'nacktfotos|sextortion|mit fotos erpresst|bilder verschickt|computerspiel*|onlinespiel*|bildschirmzeit|' +
			'medienzeit|kinderschutz im netz|' +
			'screen time|nudes|nude pictures|online safety|online games|gaming|chat group|sextortion|' +
			'zdjęcia intymne|nagie zdjęcia|czas przed ekranem|gry komputerowe|gry online|bezpieczeństwo w sieci|' +
			'nahé fotky|intimní fotky|čas u obrazovky|počítačové hry|online hry|bezpečnost na internetu'
	],
	[
		'Frauenhaus',
		'',
		'',
		true,
		'frauenhäuser|zufluchtsort|zuflucht|schutzwohnung|sicherer ort|unterkunft für frauen|mit den kindern weg|' +
			'muss weg von ihm|' +
			'shelter|refuge|women s refuge|safe house|safe place to stay|leave my husband|' +
			'schronienie|bezpieczne miejsce|ośrodek interwencji kryzysowej|odejść od męża|' +
			'útočiště|bezpečné místo|utajený azylový dům|odejít od manžela'
	],
	[
		'Notfall',
		'',
		'',
		true,
		'110|112|notarzt|rettungsdienst|krankenwagen|' +
			'ambulance|999|911|' +
			'pogotowie|karetka|pogotowie ratunkowe|' +
			'záchranka|sanitka|záchranná služba|155|158'
	],
	[
		'Streetwork',
		'',
		'',
		false,
		'straßensozialarbeiter*|streetworkerin|aufsuchende arbeit|sozialarbeiter auf der straße|' +
			'outreach|outreach worker|street social worker|detached youth work|' +
			'pracownik ulicy|streetworkerka|praca na ulicy|' +
			'terénní pracovník|terénní pracovnice|terénní práce'
	],
	[
		'Jugendamt',
		'',
		'',
		false,
		'familienhilfe|hilfe zur erziehung|erziehungshilfe|pflegefamilie|pflegekind*|' +
			'child services|social services|childrens services|foster care|' +
			'ośrodek pomocy społecznej|rodzina zastępcza|pomoc rodzinie|' +
			'sociálka|sociální pracovnice|pěstounská péče|orgán sociálně právní ochrany dětí'
	],
	[
		'Schulsozialarbeit',
		'',
		'',
		false,
		'vertrauenslehrer*|beratungslehrer*|sozialarbeiter an der schule|ansprechpartner an der schule|' +
			'school counsellor|school counselor|school social worker|' +
			'pedagog|psycholog szkolny|pedagog szkolna|' +
			'školní psycholog|výchovný poradce|školní metodik prevence'
	],
	[
		'Lebensmittel',
		'',
		'',
		false,
		'kein essen|nichts zu essen|kostenloses essen|essen umsonst|hunger|lebensmittelausgabe|' +
			'free food|hungry|nothing to eat|food parcel*|' +
			'darmowe jedzenie|głodny|głodna|nie mam co jeść|paczka żywnościowa|' +
			'jídlo zdarma|hlad|nemám co jíst|potravinová pomoc'
	],
	[
		'Behinderung',
		'',
		'',
		false,
		'rollstuhl*|blind|gehörlos*|sehbehindert*|schwerbehindert*|lernschwierigkeit*|leichte sprache|' +
			'wheelchair|deaf|hard of hearing|learning disabilit*|' +
			'inwalid*|wózek inwalidzki|niewidom*|niesłysząc*|niedosłysz*|' +
			'vozíčkář*|invalidní vozík|nevidom*|neslyšíc*'
	],
	[
		'Gewalt',
		'',
		'',
		false,
		'gewaltbereit|geprügelt|verprügeln|aggressiv*|wutausbrüche|' +
			'fight|fights|fighting|aggressive|aggression|' +
			'bójka|bójki|agresja|agresywn*|' +
			'bitka|rvačka|rvačky|agresivn*|agrese'
	],
	[
		'Opferhilfe',
		'',
		'',
		false,
		'geschädigt|geschädigte|zeuge|zeugin|schadenersatz|entschädigung|opferentschädigung|nach einer straftat|' +
			'victim of crime|after a crime|compensation|' +
			'odszkodowanie|poszkodowan*|świadek przestępstwa|' +
			'odškodnění|poškozený|poškozená|svědkyně'
	],
	[
		'Präventionsrat',
		'',
		'',
		false,
		'kommunaler präventionsrat|sicherheitskonferenz|' +
			'crime prevention council|community safety|' +
			'rada prewencji kryminalnej|' +
			'bezpečnostní rada města'
	]
];
