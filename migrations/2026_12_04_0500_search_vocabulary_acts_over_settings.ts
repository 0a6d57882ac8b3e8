import { vocabularyMigration, type Addition } from './2026_12_03_0400_search_vocabulary_everyday_words';

// Round nine (issue #10): the act a sentence tells, written as a phrase, so that it leads over a single
// word of the same sentence that names a medium, a vehicle, a person or money ("a bottle thrown from a
// passing car while cycling" is an attack, not traffic; "guarantor for my ex's car loan" is debt, not
// stalking; "threatens to call the police" is a quarrel between neighbours, not a threat of violence),
// and situations no concept held, each led to the partner the demo network has for it, with siblings in
// German, English, Polish and Czech: an animal hit on the road, a school shooting threat, a child or a
// teenager coming home beaten, a car following someone home (police); an adult humiliating a child in
// class, hazing among apprentices (school social work, Mobbing); a carer shaking children at a Kita (child
// protection); a child hitting a sibling, parents who cannot cope, classes for parents, single mothers, a
// child with ADHD (family counselling); war flags (extremism); a petition against a foreign family
// (racism); a street collection (public order); barking dogs and parking fines (Ordnungsamt); a teenager's
// job in a bar at night (youth protection at the Ordnungsamt); parcel and money mules and payment links of
// sellers' platforms (fraud); parental controls (media); host families (youth exchange); a foreign driving
// licence and an employment contract (migration counselling); naloxone (addiction); crossing a road with
// a walker (traffic); community gardens and legal graffiti walls (neighbourhood, youth work); a sick
// person nobody visits (new concept: the visiting services). Like the earlier rounds: rows matched by
// label, only missing words added, no word in two concepts; `down` removes the new concept.
const ADDITIONS: Addition[] = [
	[
		'Besuchsdienst',
		'besuchsdienst kranke',
		'nachbarschaft',
		false,
		'krankenbesuch*|besucht sie niemand|besucht ihn niemand|niemand besucht|keiner besucht|im krankenhaus allein|' +
			'nobody visits|no one visits|nobody visits her|nobody visits him|alone in hospital|visiting service|' +
			'hospital visits|nikt jej nie odwiedza|nikt go nie odwiedza|nikt nie odwiedza|nikt mnie nie odwiedza|' +
			'sama w szpitalu|sam w szpitalu|odwiedziny w szpitalu|nikdo ji nenavštěvuje|nikdo ho nenavštěvuje|' +
			'nikdo nenavštěvuje|nikdo mě nenavštěvuje|sama v nemocnici|sám v nemocnici|návštěvy v nemocnici'
	],
	[
		'Polizei',
		'',
		'',
		false,
		// An animal hit on the road.
		'wildunfall*|reh angefahren|wild angefahren|hirsch angefahren|wildschwein angefahren|reh überfahren|' +
			'hit a deer|hit a boar|hit a wild boar|deer on the road|collision with a deer|animal collision|' +
			'potrąciłem sarnę|potrąciłam sarnę|potrącił sarnę|potrąciłem dzika|potrąciłam dzika|' +
			'zderzenie ze zwierzęciem|zderzenie z sarną|sarna na drodze|srazil jsem srnu|srazila jsem srnu|' +
			'srazil srnu|srazil jsem divočáka|srážka se zvěří|srážka se srnou|srna na silnici|' +
			// A school shooting threat.
			'amokdrohung*|amoklauf*|amok|school shooting|school shooting threat|shooting threat*|threat to shoot|strzelanina w szkole|' +
			'groźba strzelaniny|grozi strzelaniną|groził strzelaniną|threatens to shoot|threatened to shoot|droht mit amok|hrozí střelbou|vyhrožuje střelbou|zastrzelić wszystkich|střelba ve škole|hrozba střelby|postřílet|' +
			// A child coming home beaten; someone followed home.
			'kommt verprügelt nach hause|kam verprügelt nach hause|verprügelt nach hause|comes home beaten|' +
			'came home beaten|came home with bruises|wraca pobity|wraca do domu pobity|wrócił pobity|' +
			'přišel domů zbitý|chodí domů zbitý|vrací se zbitý|vrátil se zbitý|' +
			'fuhr mir hinterher|nach hause gefolgt|gefolgt|folgte mir nach hause|ist mir gefolgt|followed me home|car followed me|' +
			'was following me|jechał za mną|szedł za mną|śledził mnie|jelo za mnou|za mnou jelo|jel za mnou|' +
			'za mnou jel|šel za mnou|sledoval mě'
	],
	[
		'Schulsozialarbeit',
		'',
		'',
		false,
		// An adult humiliating a child in class.
		'lächerlich|stellt sie bloß|stellt ihn bloß|vor der ganzen klasse|vor der klasse|' +
			'humiliates|humiliating|in front of the whole class|in front of the class|ośmiesza|' +
			'ośmieszył*|upokarza|upokorzył*|przy całej klasie|przed całą klasą|zesměšňuje|zesměšnil*|' +
			'ponižuje|ponížil*|před celou třídou|před třídou'
	],
	[
		'Mobbing',
		'',
		'',
		false,
		'hazed|hazing ritual*|aufnahmeritual*|azubis gemobbt|kotowanie|fala w zakładzie|šikanování učňů|šikana učňů'
	],
	[
		'Kinderschutz',
		'',
		'',
		false,
		// A carer at a Kita shaking or hitting the children.
		'schüttelt die kinder|schüttelt kinder|erzieherin schüttelt|erzieher schüttelt|erzieherin schlägt|' +
			'erzieher schlägt|shakes the children|shook the children|carer shakes|carer hits|nursery teacher hits|' +
			'przedszkolanka szarpie|przedszkolanka bije|wychowawczyni szarpie|szarpie dzieci|szarpała dzieci|' +
			'schreit die kinder an|sperrt die kinder ein|yells at the children|shouts at the children|krzyczy na dzieci|krzyczała na dzieci|křičí na děti|křičela na děti|schlägt andere kinder|hits other children|bije inne dzieci|bije ostatní děti|cloumá dětmi|cloumá s dětmi|učitelka ve školce bije|vychovatelka bije|vychovatelka cloumá'
	],
	[
		'Familienberatung',
		'',
		'',
		false,
		// A child hitting a sibling; parents who cannot cope.
		'kleine schwester|kleinen schwester|kleinen bruder|kleiner bruder|geschwister*|geschwisterstreit*|' +
			'little sister|little brother|younger sister|younger brother|siblings|sibling*|młodszą siostrę|' +
			'młodszego brata|młodsza siostra|rodzeństw*|mladší sestru|mladšího bratra|malou sestru|sourozenc*|' +
			'bruder und schwester|brother and sister|brat i siostra|bratr a sestra|siblings fight|kommen nicht mehr dagegen an|kommen nicht mehr klar|nicht mehr weiter|we cannot cope|we can not cope|' +
			'cannot cope with him|nie dajemy rady|nie radzimy sobie|nezvládáme|nevíme si rady|' +
			// Classes for parents, single mothers.
			'elternschule|erziehungskurs*|parenting class*|parents class*|szkoła dla rodziców|szkola dla rodzicow|' +
			'szkoły dla rodziców|warsztaty dla rodziców|kurs dla rodzicow|škola pro rodiče|škola rodičovství|' +
			'rodičovský kurz|alleinerziehend*|single mum*|single mom*|single mother*|single parent*|' +
			'samotna matka|samotne matki|samotnych mam|samotnych matek|samotna mama|samotnej mamy|samoživitel*|' +
			'svobodná matka|svobodné matky|' +
			// A child with ADHD; refusing to learn.
			'adhs|adhd|hyperaktiv*|nadpobudliw*|hyperaktivn*|refuses to learn|will nicht lernen|' +
			'nie chce się uczyć|odmawia nauki|nechce se učit|odmítá se učit'
	],
	// Sleeping badly ("schlafen" alone is a stop word; it was read as "schlagen").
	[
		'Psychische Erkrankung',
		'',
		'',
		false,
		'schlafstörung*|schlaflos*|kann nicht schlafen|kann nicht einschlafen|schläft schlecht|schläft nicht|' +
			"can't sleep|cannot sleep|insomnia|sleep problems|bezsenność|nie mogę spać|nie może spać|" +
			'problemy ze snem|nespavost|nemůžu spát|nemůže spát|problémy se spánkem'
	],
	[
		'Extremismus',
		'',
		'',
		false,
		'kriegsflagge|war flag|imperial flag|reich flag|flaga rzeszy|flagę rzeszy|flaga wojenna|flagę wojenną|' +
			'nazistowsk*|říšská vlajka|říšskou vlajku|válečná vlajka|válečnou vlajku|nacistick* vlajk*'
	],
	[
		'Rassismus',
		'',
		'',
		false,
		// Neighbours acting against a foreign family.
		'unterschriften gegen|sammeln unterschriften|unterschriftenliste gegen|syrische familie|' +
			'ausländische familie|signatures against|collecting signatures|petition against|syrian family|' +
			'foreign family|podpisy przeciwko|zbierają podpisy|syryjska rodzina|syryjskiej rodziny|' +
			'podpisy proti|sbírají podpisy|syrská rodina|syrskou rodinu|cizinecká rodina'
	],
	[
		'Gefahr im öffentlichen Raum',
		'',
		'',
		false,
		// Collecting money in the street.
		'spendensammler*|sammeln spenden|sammelt spenden|straßensammlung|falsche sammler|' +
			'collecting donations|charity collector*|street collection|fake charity collection|' +
			'zbiórka na ulicy|fałszywa zbiórka|zbiórka pieniędzy|zbierają pieniądze|kwestarz*|sbírka na ulici|' +
			'falešná sbírka|sbírka na náměstí|podvodná sbírka|vybírají peníze|sběratelé peněz'
	],
	[
		'Nachbarschaftsstreit',
		'',
		'',
		false,
		// Threatening to call the police is a quarrel, not a threat of violence.
		'droht mit der polizei|mit der polizei droht|mit polizei gedroht|threatens to call the police|' +
			'threatened to call the police|threatens me with the police|grozi policją|grozi wezwaniem policji|' +
			'straszy policją|droht die polizei|die polizei zu rufen|droht mit anzeige|threatening to call the police|threatens to report|wezwie policję|że wezwie policję|grozi zgłoszeniem|zavolá policii|že zavolá policii|vyhrožuje udáním|vyhrožuje policií|vyhrožuje zavoláním policie|straší policií|' +
			'klopft an die decke|klopft gegen die decke|bangs on the ceiling|bangs on the floor|' +
			'wali w sufit|stuka w sufit|puka w sufit|bouchá do stropu|tluče do stropu|klepe do stropu|' +
			'kinder rennen|children running|dzieci biegają|děti běhají|sąsiadka z dołu|sąsiad z dołu|' +
			'soused pod námi|sousedka pod námi|nachbarin unter uns|nachbar unter uns|neighbour below|' +
			'neighbor below|downstairs neighbour|downstairs neighbor'
	],
	[
		'Ordnungsamt',
		'',
		'',
		false,
		'nachbarshund|nachbarhund|hundegebell|kläfft*|dog barking|keeps barking|pies szczeka|szczeka cały dzień|' +
			'pes štěká|štěká celý den|' +
			'strafzettel|knöllchen|parking fine|parking ticket|mandat za parkowanie|złe parkowanie|' +
			'mandat za złe parkowanie|pokuta za parkování|špatné parkování|' +
			// A teenager's job at night.
			'jugendarbeitsschutz|in einer bar arbeiten|bis mitternacht arbeiten|job in a bar|work in a bar|' +
			'until midnight|job at a bar|work at a bar|working in a bar|working at a bar|bar job|in einer bar|w barze|praca w barze|pracować w barze|do północy|brigádu v baru|práce v baru|v baru|' +
			'do půlnoci'
	],
	[
		'Betrug',
		'',
		'',
		false,
		'paketagent*|warenagent*|pakete weiterleiten|parcel mule|money mule|reshipping|' +
			'forward parcels|przekazywać paczki|przesyłać paczki dalej|muł finansowy|přeposílat balíky|' +
			'přeposílání balíků|finanční mula|kleinanzeigen|marketplace|vinted|olx|bazoš|' +
			'receive the money|link zum geld empfangen|odebrać pieniądze|link do odbioru|odkaz k platbě'
	],
	[
		'Medien und Internet',
		'',
		'',
		false,
		'kindersicherung|jugendschutzfilter|parental control*|kontrola rodzicielska|blokada rodzicielska|' +
			'rodičovská kontrola|rodičovský zámek'
	],
	[
		'Jugendbegegnung',
		'',
		'',
		false,
		'gastfamilie*|austauschschüler*|host family|exchange student*|rodzina goszcząca|wymiana uczniowska|' +
			'uczeń z wymiany|hostitelská rodina|výměnný pobyt|výměnný student'
	],
	[
		'Migration',
		'',
		'',
		false,
		'führerschein umschreiben|ausländischer führerschein|führerschein umtauschen|foreign driving licence|' +
			'foreign driving license|foreign licence|convert my driving licence|convert my driving license|' +
			'zagraniczne prawo jazdy|wymiana prawa jazdy|przepisać prawo jazdy|výměna řidičského průkazu|' +
			'zahraniční řidičák|přepis řidičáku|arbeitsvertrag prüfen|arbeitsvertrag*|employment contract|' +
			'job contract|work contract|umowa o pracę|umowy o pracę|umowę o pracę|pracovní smlouv*|' +
			'smlouva o práci'
	],
	['Sucht', '', '', false, 'naloxon*|narcan|nalokson*|przedawkowani*|předávkování'],
	[
		'Verkehrssicherheit',
		'',
		'',
		false,
		'walker|across the road|light turns red|pedestrian crossing|przejście dla pieszych|' +
			'przejść przez ulicę|přechod pro chodce|přejít silnici|grünphase'
	],
	[
		'Quartier und Mitmachen',
		'',
		'',
		false,
		'gemeinschaftsgarten|urban gardening|community garden*|allotment*|ogród społeczny|ogródek społeczny|' +
			'ogród wspólnotowy|komunitní zahrad*|sousedská zahrada'
	],
	[
		'Jugendarbeit',
		'',
		'',
		false,
		'graffitiwand|legale graffiti|legal graffiti|graffiti wall|legalne graffiti|ściana do graffiti|' +
			'legální graffiti|stěna na graffiti'
	],
	[
		'Angriff',
		'',
		'',
		false,
		// Something thrown at someone; a stranger hitting someone.
		'hit me|someone hit me|a man hit me|ktoś mnie uderzył|mnie uderzył|udeřil mě|někdo mě udeřil|mě udeřil|mit flaschen beworfen|nach mir geworfen|auf mich geworfen|flasche geworfen|beworfen|threw a bottle|thrown at me|threw something at me|' +
			'bottle at me|rzucił butelką|rzucili butelką|rzucił we mnie|rzucili we mnie|hodil po mně|' +
			'hodili po mně|hodil láhev|hodili láhev|po mně hodil'
	],
	// Maintenance an ex-partner does not pay: the court's legal aid office files the claim.
	[
		'Rechtsberatung',
		'',
		'',
		false,
		'unterhalt|unterhalts*|zahlt keinen unterhalt|child support|alimony|maintenance payments|alimenty|' +
			'alimentów|alimentach|nie płaci alimentów|výživné|výživného|neplatí výživné'
	],
	[
		'Schulden',
		'',
		'',
		false,
		'kredit|kredite|kreditvertrag*|úvěr|úvěru|úvěry|úvěrem|took out a loan|loan in my name|a loan in my name|kredit auf meinen namen|kredyt na mnie|kredyt na moje nazwisko|úvěr na mě|úvěr na moje jméno|bürgschaft*|als bürge|bürge für|guarantor*|co signed|cosigned|car loan|poręczyciel*|żyrant*|' +
			'poręczyłem|poręczyłam|ručitel*|ručení|ručím za'
	]
];

export const { up, down } = vocabularyMigration(ADDITIONS);
