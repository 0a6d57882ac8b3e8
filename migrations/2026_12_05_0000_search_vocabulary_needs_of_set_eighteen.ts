import { vocabularyMigration, type Addition } from './2026_12_03_0400_search_vocabulary_everyday_words';

// Round eighteen (issue #10): the classes of need that the eighteenth held-out set showed no concept held,
// each with its neighbours in German, English, Polish and Czech: carrying a pocket knife, a workers' hostel, a
// phone in the driver's hand, a taxi driver keeping luggage (police, reporting a crime); a knife children
// carry to school (school social work); a dog attacking a dog, a holiday flat's guests, a carnival parade to
// secure (Ordnungsamt); school crossing guards, a novice driver flashed by a speed camera (road safety); a
// listening smartwatch, an AI chatbot as a friend, a child's photos online (media); an account taken over by a
// text-message code, filming in a changing room (reporting a crime); an „88“ tattoo, a democracy simulation
// game (extremism); a victims' compensation claim, children who no longer sleep after a crime (victim
// support); a settlement offered by an offender's lawyer (victim-offender mediation); cigarette burns on a
// child (child protection); a fake care worker and a cash box (theft); silent calls at night (stalking); a
// roaming bill (consumer advice); a patient who stopped the medication, a parent who no longer wants to live
// (mental illness); a baby left alone, a single parent going into hospital (youth office); a youth court
// (youth justice); no health insurance, tuberculosis, travel vaccinations (health office); a shared garden
// fenced off (tenancy); a joint camp or picnic with the neighbours across the border (encounters); burnt
// documents and clothes after a fire (citizens' office, clothing store); slimming pills (addiction); safety
// film for a shop window, a first flat of one's own (burglary); a parents' café at a kindergarten (Kita). Like
// the earlier rounds: rows matched by label, only missing words added, no word in two concepts; no concept is
// new, so `down` has nothing to take back (the words added stay: a coordinator may rely on them).
const ADDITIONS: Addition[] = [
	[
		'Straftat anzeigen',
		'',
		'',
		false,
		// Whether a pocket knife or another knife may be carried.
		'taschenmesser|klappmesser|springmesser|einhandmesser|messer tragen|messer mitführen|waffengesetz|' +
			'pocket knife|penknife|switchblade|knife laws|weapons law|scyzoryk|nóż sprężynowy|noszenie noża|' +
			'ustawa o broni|kapesní nůž|kapesní nože|vystřelovací nůž|nosit nůž|zbraňový zákon'
	],
	[
		'Polizei',
		'',
		'',
		false,
		// A fight in a workers' hostel; a bus driver with his phone in his hand; a taxi driver keeping the luggage.
		'arbeiterunterkunft|monteurunterkunft|monteurzimmer|workers hostel|workers accommodation|' +
			'hotel pracowniczy|kwatera pracownicza|kwaterze pracowniczej|ubytovna pro zaměstnance|' +
			'ubytovně pro zaměstnance|dělnická ubytovna|handy in der hand|phone in his hand|telefon w ręce|' +
			'telefonem w ręku|mobil v ruce|s mobilem v ruce|taxifahrer|taxi driver|taxi|taksówkarz|taksówka|' +
			'taksówki|taxikář|taxík'
	],
	[
		'Schulsozialarbeit',
		'',
		'',
		false,
		// A butterfly knife that "everyone in class" carries.
		'butterflymesser|butterfly knife|balisong|nóż motylkowy|motylkowy|motýlkový nůž|motýlek nůž|' +
			'takie noszą|alle tragen messer|everyone carries a knife|všichni nosí nože'
	],
	[
		'Ordnungsamt',
		'',
		'',
		false,
		// A dog attacking a dog, its owner gone; a holiday flat's guests; a carnival parade to secure.
		'attacked my dog|dog attacked my dog|hund angegriffen|meinen hund angegriffen|hund gebissen hat|' +
			'pogryzł mojego psa|zaatakował mojego psa|pokousal mého psa|napadl mého psa|owner walked off|' +
			'halter ging weiter|ferienwohnung*|airbnb|holiday flat|holiday let|holiday rental|' +
			'rented to tourists|short term rental|wynajem krótkoterminowy|mieszkanie dla turystów|' +
			'krátkodobý pronájem|apartmán pro turisty|faschingsumzug*|karnevalsumzug*|rosenmontagszug|' +
			'festumzug|carnival parade|parade float|pochód karnawałowy|parada karnawałowa|karnevalový průvod|' +
			'masopustní průvod|sicherheitskonzept|event security|zabezpieczenie imprezy|zabezpečení akce'
	],
	[
		'Verkehrssicherheit',
		'',
		'',
		false,
		// School crossing guards; a novice driver flashed by a speed camera.
		'schülerlotse*|schulweghelfer*|verkehrshelfer*|school crossing guard*|crossing patrol|lollipop lady|' +
			'lollipop man|patrol szkolny|pomocnik na przejściu|dopravní hlídk*|školní hlídk*|geblitzt|blitzer|' +
			'radarfalle|probezeit|speed camera|caught speeding|speeding ticket|fotoradar*|mandat za prędkość|' +
			'radar mě vyfotil|vyfotil radar|pokuta za rychlost|driving safety|fahrsicherheit|bezpieczeństwo jazdy|' +
			'bezpečnost jízdy'
	],
	[
		'Medien und Internet',
		'',
		'',
		false,
		// A smartwatch that listens in; an AI chatbot as a girlfriend; a child's photos on a strange website.
		'smartwatch*|kinderuhr*|abhörfunktion|abhören|listening function|listen in|smartwatch z podsłuchem|' +
			'podsłuch*|chytré hodinky|odposlech*|chatbot*|ki-freundin|ki freundin|ai girlfriend|ai chatbot|' +
			'wirtualna dziewczyna|ai přítelkyn*|photos of my kid|photos of my child|fotos meines kindes|' +
			'bilder meines kindes|zdjęcia mojego dziecka|zdjęcia dziecka w internecie|fotky mého dítěte|' +
			'fotky dítěte na internetu|strange website'
	],
	[
		'Straftat anzeigen',
		'',
		'',
		false,
		// An account taken over with a text-message code; girls filmed while changing.
		'account übernommen|konto übernommen|whatsapp gehackt|account taken over|took over my account|' +
			'sms code|verification code|bestätigungscode|przejął konto|przejął mój|przejęte konto|' +
			'kod z sms|kodzie z sms|kod weryfikacyjny|převzal účet|převzal můj|kód z sms|ověřovací kód|' +
			'in der umkleide gefilmt|umkleide gefilmt|filmed in the changing room|changing room video|' +
			'nagrał w szatni|nagrywał w szatni|v šatně natočil|natočil holky|při převlékání|beim umziehen gefilmt'
	],
	[
		'Extremismus',
		'',
		'',
		false,
		// An „88“ tattoo; a simulation game about democracy for a class.
		'88 tattoo|tattoo 88|nazi tattoo|nazi-tattoo|rechtes tattoo|tatuaż 88|nazistowski tatuaż|' +
			'tetování 88|nacistické tetování|planspiel|demokratie*|democracy|simulation game|' +
			'gra symulacyjna|demokracj*|simulační hra|demokraci*'
	],
	[
		'Opferhilfe',
		'',
		'',
		false,
		// A victims' compensation claim (OEG) refused; children who no longer sleep after a crime.
		'oeg|oeg-antrag|opferentschädigungsgesetz|victim compensation|criminal injuries compensation|' +
			'odszkodowanie dla ofiar|odškodnění obětí|kinder schlafen nicht|kids can t sleep|' +
			'children can t sleep|dzieci nie śpią|děti nespí|děti od té doby nespí'
	],
	[
		'Täter-Opfer-Ausgleich',
		'',
		'',
		false,
		// A settlement offered by the offender's lawyer.
		'vergleichsangebot|vergleich angeboten|settlement offer|offered a settlement|propozycja ugody|' +
			'propozycją ugody|nabídka smíru|nabídl smír|entschuldigungsbrief|letter of apology|' +
			'list z przeprosinami|omluvný dopis'
	],
	[
		'Kinderschutz',
		'',
		'',
		false,
		// Round burns on a small child, as from cigarettes.
		'brandwunden|brandmale|zigarettenbrand*|cigarette burns|burn marks|oparzenia od papierosa|' +
			'ślady przypalania|przypalan*|popáleniny od cigaret|spáleniny|popáleniny'
	],
	[
		'Diebstahl',
		'',
		'',
		false,
		// A woman claiming to be from the care service; a cash box gone.
		'angeblich vom pflegedienst|falscher pflegedienst|falsche pflegerin|fake carer|fake care worker|' +
			'claimed to be a carer|podawała się za opiekunkę|rzekomo z opieki|údajně z pečovatelské služby|' +
			'falešná pečovatelka|geldkassette|cash box|kasetka na pieniądze|kasetka|pokladnička'
	],
	[
		'Stalking',
		'',
		'',
		false,
		// Silent calls at night.
		'stille anrufe|anrufe ohne ton|anonyme anrufe|nachts anrufe|silent calls|silent phone calls|' +
			'anonymous calls|głuche telefony|anonimowe telefony|telefony w nocy|tiché telefonáty|' +
			'hluché telefonáty|anonymní telefonáty|v noci telefonáty'
	],
	[
		'Verbraucherschutz',
		'',
		'',
		false,
		// A roaming bill never used; a phone contract.
		'roaming|handyrechnung|telefonrechnung|mobilfunkvertrag|phone bill|phone company|mobile contract|' +
			'rachunek za telefon|operator komórkowy|umowa z operatorem|účet za telefon|mobilní operátor|' +
			'smlouva s operátorem'
	],
	[
		'Psychische Erkrankung',
		'',
		'',
		false,
		// Medication stopped; schizophrenia; a parent who no longer wants to live after a death.
		'schizophren*|schizofren*|medikamente abgesetzt|setzt medikamente ab|stopped his meds|' +
			'stopped her meds|stopped taking his medication|off his meds|przestał brać leki|odstawił leki|' +
			'przestała brać leki|přestal brát léky|vysadil léky|nechce žít|už nechce žít|' +
			'will nicht mehr leben|doesn t want to live|nie chce żyć|nie chce już żyć'
	],
	[
		'Jugendamt',
		'',
		'',
		false,
		// A teenage mother leaving her baby alone; a single parent going into hospital, nobody for the children.
		'baby allein gelassen|lässt das baby allein|lässt ihr baby allein|leaves the baby alone|' +
			'leaves her baby alone|zostawia dziecko same|zostawia niemowlę|nechává miminko|nechává ho samotné|' +
			'nechává dítě samotné|wer betreut die kinder|who will look after the kids|' +
			'who will look after my children|kto zajmie się dziećmi|kto zajmie się dwójką dzieci|' +
			'kdo se postará o děti|ins krankenhaus muss|going into hospital|idę do szpitala|dni w szpitalu|' +
			'jdu do nemocnice|dny v nemocnici'
	],
	[
		'Jugendstrafverfahren',
		'',
		'',
		false,
		// A son caught breaking in, a youth court ahead.
		'soud pro mladistvé|soud pro mladistvy|youth court|juvenile court|sąd dla nieletnich|sąd rodzinny|' +
			'sohn erwischt|son was caught|son got caught|syna złapali|syna złapano|syna chytili|chytili syna'
	],
	[
		'Gesundheitsamt',
		'',
		'',
		false,
		// No health insurance; tuberculosis at school; vaccinations before going abroad.
		'bez ubezpieczenia zdrowotnego|ohne krankenversicherung|keine krankenversicherung|' +
			'no health insurance|without health insurance|bez zdravotního pojištění|nepojištěn*|' +
			'tuberkul*|tuberculosis|gruźlic*|impfberatung|reiseimpfung*|reisemedizin|travel vaccination*|' +
			'szczepienia przed podróżą|očkování před cestou|cestovní očkování'
	],
	[
		'Miete und Vermieter',
		'',
		'',
		false,
		// A neighbour fencing off the shared garden of a block.
		'gemeinsamer garten|shared garden|communal garden|wspólny ogródek|wspólny ogród|' +
			'společná zahrada|společnou zahradu|eingezäunt|fenced off|ogrodził|oplotil'
	],
	[
		'Begegnung im Dreiländereck',
		'',
		'',
		false,
		// A picnic with the neighbours across the border; a joint camp with a fire brigade over there.
		'mit deutschen nachbarn|mit polnischen nachbarn|mit tschechischen nachbarn|with german neighbours|' +
			'with our german neighbours|z niemieckimi sąsiadami|s německými sousedy|polskie stowarzyszenie|' +
			'polnischer verein|tschechischer verein|český spolek|gemeinsames ferienlager|gemeinsames zeltlager|' +
			'joint camp|joint summer camp|wspólny obóz|společný tábor|společný letní tábor'
	],
	[
		'Bürgerservice',
		'',
		'',
		false,
		// An address block in the register; documents burnt.
		'address block|register block|blokada adresu|blokada danych meldunkowych|blokace adresy|' +
			'zákaz poskytování údajů|dokumente verbrannt|papiere verbrannt|documents burnt|documents burned|' +
			'nie mamy dokumentów|spłonęły dokumenty|shořely doklady|doklady shořely'
	],
	[
		'Kleiderkammer',
		'',
		'',
		false,
		// No clothes left after a fire.
		'keine kleidung mehr|nichts anzuziehen|no clothes|nothing to wear|ani ubrań|bez ubrań|nie mamy ubrań|' +
			'w piżamach|nemáme oblečení|bez oblečení'
	],
	[
		'Sucht',
		'',
		'',
		false,
		// Slimming pills sold among pupils.
		'abnehmpillen|appetitzügler|diet pills|slimming pills|tabletki na odchudzanie|prášky na hubnutí|' +
			'pilulky na hubnutí'
	],
	[
		'Einbruch',
		'',
		'',
		false,
		// Safety film for a shop window; a first flat or student flat of one's own.
		'sicherheitsfolie|schutzfolie|security film|window film|folia antywłamaniowa|folia ochronna|' +
			'bezpečnostní fólie|fólie na výlohu|studentenwohnung|erste eigene wohnung|student flat|' +
			'first flat|pierwsze mieszkanie|mieszkanie studenckie|studentský byt|první byt'
	],
	[
		'Kita',
		'',
		'',
		false,
		// A parents' café at a kindergarten.
		'elterncafé|elterncafe|parents café|parents cafe|kawiarenka dla rodziców|kawiarnia dla rodziców|' +
			'rodičovská kavárna|kavárna pro rodiče'
	]
];

export const { up, down } = vocabularyMigration(ADDITIONS);
