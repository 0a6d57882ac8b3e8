import type { Kysely } from 'kysely';
import {
	addVocabulary,
	queueSettings,
	removeNewConcepts,
	vocabularyMigration,
	type Addition
} from './2026_12_03_0400_search_vocabulary_everyday_words';

// Round four (issue #10): coverage instead of the last set's words. Every demo partner's offer and
// every topic was gone through for the situations a citizen is in when that offer is the answer, and
// how they say it in German, English, Polish and Czech. Offers no concept reached get one of 31 new
// concepts whose first search term is a word of those partners' own published profiles (Meilisearch
// never drops a query's first word): probation after prison, costs in games, safe shops for children
// and shop owners, the health office, the federal police, adult education, the citizens' office,
// victim–offender mediation, neighbourhood watch, family and separation counselling, men who want to
// stop being violent, the special-needs school, consumer contracts, places that feel unsafe, youth
// exchange, discrimination, documenting injuries, language cafés, damage to report, help with forms,
// jobs and training, the multigenerational house, civil courage, daycare, adapting a flat, exercise
// for seniors, German as a second language, neighbourhood projects, volunteering, church, research.
// 20 known concepts get the situations they missed (a spy app on the phone, self-harm, dementia,
// online hate, alcohol sold to minors, found animals, unpaid wages, a child not come home, …).
// Jugendarbeit leads with its broadest term where its terms are still the seeded ones. Like the
// earlier rounds: rows matched by label, only missing words added; `down` removes the new concepts.
export async function up(db: Kysely<any>): Promise<void> {
	await replaceSearchTerms(db, 'Jugendarbeit', JUGENDARBEIT_TERMS.before, JUGENDARBEIT_TERMS.now);
	await addVocabulary(db, ADDITIONS);
}

// "jugendarbeit" first reached only the streetworkers: the clubs and youth cellars say "Jugendliche".
// Profiles naming all three rank first; a profile that names only young people still comes.
const JUGENDARBEIT_TERMS = { before: 'jugendarbeit jugendclub', now: 'jugendliche jugendarbeit jugendclub' };

// The words added to existing concepts stay: a coordinator may have come to rely on them since.
export async function down(db: Kysely<any>): Promise<void> {
	await replaceSearchTerms(db, 'Jugendarbeit', JUGENDARBEIT_TERMS.now, JUGENDARBEIT_TERMS.before);
	await removeNewConcepts(db, ADDITIONS);
	await queueSettings(db);
}

/**
 * A migration that gives `label` new search terms where they are still `before` and adds `additions`;
 * its `down` restores the terms and takes back the new concepts.
 */
export function termsAndVocabularyMigration(
	label: string,
	terms: { before: string; now: string },
	additions: Addition[]
) {
	const vocabulary = vocabularyMigration(additions);
	return {
		up: async (db: Kysely<any>) => {
			await replaceSearchTerms(db, label, terms.before, terms.now);
			await vocabulary.up(db);
		},
		down: async (db: Kysely<any>) => {
			await replaceSearchTerms(db, label, terms.now, terms.before);
			await vocabulary.down(db);
		}
	};
}

/** A concept's search terms, only where they are still `from` (a coordinator's own terms stay). */
export async function replaceSearchTerms(db: Kysely<any>, label: string, from: string, to: string): Promise<void> {
	await db
		.updateTable('search_vocabulary')
		.set({ search_terms: to })
		.where('label', '=', label)
		.where('search_terms', '=', from)
		.execute();
}

const ADDITIONS: Addition[] = [
	// New concepts (search terms given).
	[
		'Haftentlassung und Bewährung',
		'bewährungshilfe',
		'kriminalpraevention',
		false,
		'knast|im knast|aus dem knast|gefängnis|im gefängnis|aus dem gefängnis|haft|aus der haft|haftentlass*|' +
			'haftstrafe|entlassen aus|bewährungshelfer*|bewährungshilfe|strafe zur bewährung|' +
			'prison|in prison|out of prison|released from prison|jail|in jail|out of jail|parole|probation officer|' +
			'ex offender*|ex prisoner*|' +
			'więzieni*|z więzienia|w więzieniu|kryminał|odsiedział*|wyszedł z więzienia|zwolniony z więzienia|' +
			'kurator zawodowy|' +
			'vězení|z vězení|ve vězení|kriminál|v base|z basy|propuštěn z vězení|po výkonu trestu|probační služba'
	],
	[
		'Kostenfallen in Spielen',
		'kostenfallen',
		'medienpraevention',
		false,
		'kostenfalle*|in app kauf*|in app käufe|ingame käufe|lootbox*|im spiel ausgegeben|geld im spiel|handyspiel*|' +
			'handy spiel|spiel gekauft|drittanbieter*|' +
			'in app purchase*|in game purchase*|loot box*|phone game|mobile game|spent money on|money in a game|' +
			'game purchases|' +
			'zakupy w grze|zakupy w aplikacji|mikropłatnoś*|pieniądze w grze|gra na telefon|gry na telefon|' +
			'nákupy ve hře|nákupy v aplikaci|mikrotransakc*|peníze ve hře|hra v mobilu|hry v mobilu'
	],
	[
		'Schutzinseln und Geschäfte',
		'schutzinseln ladendiebstahl',
		'jugendschutz',
		false,
		'schutzinsel*|kinderschutzinsel*|notinsel*|sicherer laden|sichere läden|sichere geschäfte|sicheres geschäft|' +
			'mein laden|meinem laden|mein geschäft|meinem geschäft|ladenbesitzer*|geschäftsinhaber*|händler*|' +
			'einzelhandel|gewerbeverein|' +
			'safe shop|safe shops|safe place for kids|safe places for kids|safe place for children|safe haven|' +
			'my shop|my store|shop owner*|shopkeeper*|retailer*|business owner*|' +
			'bezpieczny sklep|bezpieczne sklepy|bezpieczne miejsce dla dzieci|mam sklep|mój sklep|moim sklepie|' +
			'właściciel sklepu|sklepikarz*|' +
			'bezpečný obchod|bezpečné obchody|bezpečné místo pro děti|mám obchod|můj obchod|v mém obchodě|' +
			'majitel obchodu|obchodník*'
	],
	[
		'Gesundheitsamt',
		'gesundheitsamt',
		'',
		false,
		'hiv|aids|hiv test|sti|geschlechtskrankheit*|sexuell übertragbar*|impfung*|impfen|impfpass|' +
			'schuleingangsuntersuchung|einschulungsuntersuchung|gesundheitsamt|' +
			'std|stds|sexually transmitted|vaccination*|vaccine*|chlamydia|syphilis|' +
			'test na hiv|choroby weneryczne|choroba weneryczna|szczepieni*|kiła|' +
			'pohlavní choroby|pohlavní nemoc*|očkování|syfilis'
	],
	[
		'Bundespolizei',
		'bundespolizei',
		'',
		false,
		'bundespolizei|bahnhof|am bahnhof|bahngleis*|gleise|gleisen|oberleitung*|im zug|zugfahrt|bahnanlage*|' +
			'grenzkontrolle*|grenzübergang|' +
			'train station|railway|rail tracks|train tracks|on the train|border police|border control|' +
			'dworzec|na dworcu|pociąg*|w pociągu|torach|tory kolejowe|straż graniczna|granica|' +
			'nádraží|na nádraží|ve vlaku|vlakem|kolejích|koleje|pohraniční|hranice'
	],
	[
		'Volkshochschule',
		'volkshochschule',
		'integration',
		false,
		'volkshochschule|vhs|erste hilfe|erste hilfe kurs|erste hilfekurs|polnisch lernen|tschechisch lernen|' +
			'polnischkurs|tschechischkurs|computerkurs*|kurs für erwachsene|' +
			'first aid|first aid course|learn polish|learn czech|computer course*|adult education|evening class*|' +
			'pierwsza pomoc|pierwszej pomocy|kurs pierwszej pomocy|kurs komputerowy|kursy dla dorosłych|' +
			'první pomoc|první pomoci|kurz první pomoci|počítačový kurz|kurzy pro dospělé'
	],
	[
		'Bürgerservice',
		'bürgerservice',
		'',
		false,
		'bürgerservice|bürgerbüro|fundbüro|fundsache*|etwas verloren|ausweis|personalausweis|reisepass|' +
			'ummelden|ummeldung|anmelden wohnung|meldeamt|einwohnermeldeamt|führungszeugnis|auskunftssperre|' +
			'adresse sperren|adresse geheim|melderegister|' +
			'lost property|lost my wallet|id card|passport|register my address|criminal record certificate|' +
			'hide my address|keep my address secret|' +
			'biuro rzeczy znalezionych|dowód osobisty|paszport|zameldowanie|zameldować|zgubiłem|zgubiłam|' +
			'ukryć adres|' +
			'ztráty a nálezy|občanský průkaz|cestovní pas|přihlásit k pobytu|ztratil jsem|ztratila jsem|' +
			'skrýt adresu|tajná adresa'
	],
	[
		'Täter-Opfer-Ausgleich',
		'ausgleich',
		'opferhilfe',
		false,
		'täter opfer ausgleich|toa|wiedergutmachung|sich entschuldigen|entschuldigung beim opfer|aussöhnung|' +
			'victim offender mediation|restorative justice|make amends|meet the offender|' +
			'mediacja ze sprawcą|sprawca i ofiara|naprawienie szkody|pojednanie|' +
			'oběť pachatel|oběť a pachatel|narovnání|smír|odčinění'
	],
	[
		'Sicherheitspartnerschaft',
		'sicherheitspartnerschaft',
		'kriminalpraevention',
		false,
		'sicherheitspartner*|nachbarschaftswache|bürgerwehr|wachsame nachbarn|aufpassen im dorf|' +
			'neighbourhood watch|neighborhood watch|community watch|village watch|' +
			'straż sąsiedzka|sąsiedzka straż|czujni sąsiedzi|' +
			'sousedská hlídka|občanská hlídka|hlídka ve vsi'
	],
	[
		'Familienberatung',
		'familienberatung erziehungsberatung',
		'',
		false,
		'familienberatung|erziehungsberatung|trennung|scheidung|getrennt|trennen uns|familienstreit|' +
			'streit in der familie|erziehungsprobleme|erziehungsfrage*|pubertät|elternkurs*|trennungskind*|' +
			'divorce|separation|separated|getting divorced|family conflict|family counselling|parenting|' +
			'parenting course|parenting advice|' +
			'rozwód|rozwodzimy|rozstanie|separacja|kłótnie w rodzinie|problemy wychowawcze|wychowanie|' +
			'rozvod|rozvádíme|rozchod|hádky v rodině|výchova|výchovné problémy'
	],
	[
		'Gewalt beenden',
		'gewalttätig männer',
		'gewaltpraevention',
		false,
		'raste aus|ich raste aus|ausrasten|ausgerastet|meine wut|aggressionen|anti gewalt training|' +
			'antigewalttraining|ich habe zugeschlagen|habe meine frau geschlagen|will nicht mehr schlagen|' +
			'anger management|lose my temper|losing my temper|i hit my wife|i hit my partner|i hit my girlfriend|' +
			'tracę panowanie|wybuchy złości|uderzyłem żonę|uderzyłem partnerkę|' +
			'neovládám se|výbuchy vzteku|uhodil jsem ženu|uhodil jsem manželku'
	],
	[
		'Förderschule',
		'förderschule',
		'',
		false,
		'förderschule|sonderschule|förderschwerpunkt|förderbedarf|geistige behinderung|' +
			'special school|special needs school|special educational needs|' +
			'szkoła specjalna|szkoły specjalnej|kształcenie specjalne|' +
			'speciální škola|speciální školu|praktická škola|zvláštní škola'
	],
	[
		'Verbraucherschutz',
		'verbraucherberatung',
		'betrug-enkeltrick',
		false,
		'verbraucherberatung|verbraucherzentrale|vertrag|verträge|vertrag untergeschoben|widerruf*|kündigen|' +
			'gewinnspiel|gewinnversprechen erhalten|inkassoforderung|' +
			'consumer advice|contract|cancel a contract|cancel subscription|subscription trap|refund|' +
			'umowa|umowę|wypowiedzenie umowy|reklamacja|prawa konsumenta|' +
			'smlouva|smlouvu|odstoupení od smlouvy|reklamace|spotřebitel*'
	],
	[
		'Unsichere Orte',
		'unsicher angsträumen',
		'nachbarschaft',
		false,
		'unsicher|fühle mich unsicher|angstraum|angsträume|dunkle ecke*|kaputte beleuchtung|keine beleuchtung|' +
			'nachts allein|abends allein|traue mich nicht raus|' +
			'feel unsafe|unsafe|dark corner*|street lights|streetlights|afraid to walk|scared to walk|' +
			'boję się chodzić|boję się wychodzić|niebezpieczn*|ciemne zaułki|nie ma oświetlenia|' +
			'bojím se chodit|bojím se vycházet|nebezpečn*|tmavé místo|nesvítí lampy'
	],
	[
		'Jugendbegegnung',
		'jugendbegegnungen',
		'integration',
		false,
		'jugendbegegnung*|jugendaustausch|schüleraustausch|austausch mit polen|austausch mit tschechien|' +
			'grenzüberschreitend*|partnerschule*|' +
			'youth exchange|student exchange|school exchange|exchange with poland|exchange with czech*|' +
			'wymiana młodzieży|wymiana szkolna|wymiana uczniów|polsko niemiecki*|' +
			'výměna mládeže|výměnný pobyt|česko německ*|' +
			'deutsch polnisch|deutsch tschechisch'
	],
	[
		'Diskriminierung',
		'diskriminierung',
		'integration',
		false,
		'benachteiligt|ungleich behandelt|ungleichbehandlung|gleichstellung*|gleichbehandlung|' +
			'diskriminierung durch|vom amt diskriminiert|auf dem amt|bei der behörde|will nicht an uns vermieten|' +
			'treated unfairly|unequal treatment|equal treatment|discriminated against|won t rent to us|wont rent|' +
			'refuse to rent|refused to rent|' +
			'nierówne traktowanie|równe traktowanie|dyskryminowan*|na urzędzie|nie chce wynająć|' +
			'nerovné zacházení|rovné zacházení|diskriminován*|na úřadě|na úřadu|nechce pronajmout'
	],
	[
		'Verletzungen dokumentieren',
		'gewaltopferambulanz verletzungen',
		'opferhilfe',
		false,
		'verletzungen dokumentieren|ärztliches attest|attest|gerichtsfest|spuren sichern|verletzungen fotografieren|' +
			'medical report|doctor s report|document injuries|document my injuries|record my injuries|' +
			'evidence of injuries|' +
			'obdukcj*|zaświadczenie lekarskie|dokumentacja obrażeń|udokumentować obrażenia|' +
			'lékařskou zprávu|lékařská zpráva|lékařské zprávy|zdokumentovat zranění|doložit zranění'
	],
	[
		'Sprachcafé',
		'sprachcafé',
		'integration',
		false,
		'sprach café|deutsch üben|deutsch sprechen üben|sprachtandem|tandempartner*|' +
			'language cafe|language café|practice german|practise german|practice my german|conversation group|' +
			'kawiarenka językowa|kawiarnia językowa|poćwiczyć niemiecki|ćwiczyć niemiecki|rozmawiać po niemiecku|' +
			'jazyková kavárna|procvičit němčinu|procvičovat němčinu|mluvit německy'
	],
	[
		'Schäden melden',
		'beleuchtung spielplätzen schäden',
		'nachbarschaft',
		false,
		'schlagloch|schlaglöcher|straßenschaden|straßenschäden|laterne kaputt|straßenlaterne*|spielplatz kaputt|' +
			'kaputter spielplatz|spielgerät kaputt|schaden melden|schäden melden|' +
			'pothole*|broken streetlight|streetlight broken|broken playground|damaged playground|report damage|' +
			'dziura w jezdni|dziury w drodze|latarnia nie świeci|plac zabaw|zgłosić uszkodzenie|' +
			'výmol*|pouliční lampa|lampa nesvítí|dětské hřiště|rozbité hřiště|nahlásit poškození'
	],
	[
		'Hilfe bei Anträgen',
		'anträgen behördenpost',
		'',
		false,
		'formular*|antrag ausfüllen|anträge ausfüllen|brief vom amt|briefe vom amt|behördenbrief*|behördenpost|' +
			'verstehe den brief nicht|' +
			'fill in a form|fill out a form|fill in forms|help with forms|letter from the authorities|' +
			'official letter|' +
			'wypełnić wniosek|wypełnić formularz|pomoc z wnioskiem|pismo z urzędu|list z urzędu|' +
			'vyplnit formulář|vyplnit žádost|pomoc s formulářem|dopis z úřadu|dopis od úřadu'
	],
	[
		'Ausbildung und Beruf',
		'ausbildung anerkennung',
		'integration',
		false,
		'bewerbung*|lebenslauf|ausbildungsplatz|lehrstelle|praktikum|zeugnis anerkennen|zeugnisse anerkennen|' +
			'abschluss anerkennen|job finden|arbeit finden|arbeit suchen|berufsvorbereitung|' +
			'job application|apply for a job|cv|resume|apprenticeship|find a job|looking for work|' +
			'recognition of qualifications|' +
			'szukam pracy|znaleźć pracę|praktyki|uznanie dyplomu|nostryfikacja|życiorys|' +
			'hledám práci|najít práci|učňovsk*|uznání vzdělání|nostrifikace|životopis'
	],
	[
		'Treffpunkt für alle Generationen',
		'mehrgenerationenhaus mittagstisch',
		'nachbarschaft',
		false,
		'mittagstisch|mittagessen günstig|günstig essen|repair café|repaircafe|reparieren lassen|krabbelgruppe|' +
			'familienfrühstück|mehrgenerationenhaus|' +
			'cheap lunch|lunch for seniors|repair cafe|toddler group|baby group|family breakfast|' +
			'tani obiad|obiady dla seniorów|grupa dla maluchów|naprawić za darmo|' +
			'levný oběd|obědy pro seniory|obědy|skupina pro batolata|opravna zdarma'
	],
	[
		'Zivilcourage',
		'zivilcourage',
		'gewaltpraevention',
		false,
		'zivilcourage|eingreifen|dazwischengehen|was tun wenn jemand angegriffen|' +
			'civil courage|bystander|step in|intervene|' +
			'odwaga cywilna|reagować|zareagować|' +
			'občanská statečnost|zasáhnout|zakročit'
	],
	[
		'Kita',
		'kita',
		'',
		false,
		'kita|kitas|kitaplatz|kita platz|kindergarten|kindergartenplatz|krippe|krippenplatz|kindertagesstätte|' +
			'daycare|day care|nursery|preschool|' +
			'przedszkole|przedszkola|przedszkolu|żłobek|żłobka|' +
			'školka|školky|školce|mateřská škola|mateřskou školu|jesle'
	],
	[
		'Wohnung anpassen',
		'wohnungsanpassung',
		'',
		false,
		'wohnung umbauen|barrierefrei umbauen|altersgerecht*|wohnungsanpassung|treppe schaffe ich nicht|' +
			'adapt my flat|adapt my home|accessible flat|can t manage the stairs|' +
			'dostosować mieszkanie|mieszkanie bez barier|nie daję rady schodom|' +
			'bezbariérový byt|upravit byt|nezvládám schody'
	],
	[
		'Bewegung im Alter',
		'gymnastik fahrdienst',
		'',
		false,
		'seniorengymnastik|gymnastik|seniorensport|fahrdienst|abgeholt werden|' +
			'exercise for seniors|exercise class|gym for older people|lift to|transport for elderly|' +
			'gimnastyka|gimnastyka dla seniorów|ćwiczenia dla seniorów|dowóz|' +
			'gymnastika|cvičení pro seniory|cvičení|odvoz pro seniory'
	],
	[
		'Deutsch als Zweitsprache',
		'vorbereitungsklassen sprachförderung',
		'integration',
		false,
		'deutsch als zweitsprache|daz|vorbereitungsklasse*|sprachförderung|spricht kein deutsch|' +
			'german as a second language|welcome class|doesn t speak german|does not speak german|' +
			'klasa przygotowawcza|nie mówi po niemiecku|' +
			'přípravná třída|nemluví německy'
	],
	[
		'Quartier und Mitmachen',
		'quartiersmanagement',
		'nachbarschaft',
		false,
		'quartiersmanagement|quartiersbüro|nachbarschaftsfest*|straßenfest|stadtteilfest|projektidee*|' +
			'verfügungsfonds|bewohnerversammlung|stadtteilspaziergang|' +
			'street party|neighbourhood party|neighborhood party|community project|residents meeting|' +
			'festyn|festyn sąsiedzki|zebranie mieszkańców|projekt w dzielnicy|' +
			'sousedská slavnost|pouliční slavnost|schůze obyvatel|projekt ve čtvrti'
	],
	[
		'Ehrenamt',
		'ehrenamtliche',
		'',
		false,
		'ehrenamt*|freiwillig helfen|mithelfen|mich engagieren|' +
			'volunteer*|help out|get involved|' +
			'wolontariusz*|wolontariat|chcę pomagać|' +
			'dobrovolník*|dobrovolnice|dobrovolnictví|chci pomáhat'
	],
	[
		'Kirche',
		'pfarrei',
		'',
		false,
		'kirche|gottesdienst*|messe|pfarrer|pfarrei|kirchgemeinde|' +
			'church|church service|priest|parish|' +
			'kościół|msza|msza po polsku|ksiądz|parafia|' +
			'kostel|mše|farář|farnost'
	],
	[
		'Sicherheit erforschen',
		'sicherheitsanalyse bürgerbefragung',
		'kriminalpraevention',
		false,
		'umfrage|befragung|bürgerbefragung|sicherheitsanalyse|studie|forschung|abschlussarbeit|' +
			'survey|research|thesis|' +
			'ankieta|badanie|badania|praca dyplomowa|' +
			'dotazník|průzkum|výzkum|diplomová práce'
	],
	// Known concepts: the situations they missed.
	[
		'Sucht',
		'',
		'',
		false,
		'entzug|entgiftung|therapieplatz|entzugsklinik|detox|rehab|odwyk|detoks|terapia uzależnień|' +
			'odvykačka|protialkoholní léčba|léčebna'
	],
	[
		'Streetwork',
		'',
		'',
		false,
		'wäsche waschen|waschmaschine|do my laundry|wash my clothes|pralka|wyprać ubrania|vyprat prádlo|pračka'
	],
	['Verkehrssicherheit', '', '', false, 'busschule|school bus|autobus szkolny|školní autobus'],
	[
		'Behinderung',
		'',
		'',
		false,
		'gebärdensprache|assistenz|persönliches budget|eingliederungshilfe|' +
			'sign language|personal assistant|disability benefits|' +
			'język migowy|asystent osoby niepełnosprawnej|' +
			'znakový jazyk|osobní asistence|příspěvek na péči'
	],
	[
		'Kita',
		'',
		'',
		false,
		'frühförderung|entwicklungsverzögerung|hort|early intervention|after school care|' +
			'wczesne wspomaganie|raná péče|družina'
	],
	[
		'Rechtsberatung',
		'',
		'',
		false,
		'wohnungsverweisung|protection order|nakaz opuszczenia mieszkania|' + 'vykázání|vykázat z bytu'
	],
	[
		'Extremismus',
		'',
		'',
		false,
		'verschwörung*|querdenker*|stammtischparolen|conspiracy|conspiracy theor*|' +
			'teoria spiskowa|teorie spiskowe|dezinformacj*|konspirační teorie|dezinformace'
	],
	[
		'Medien und Internet',
		'',
		'',
		false,
		'fake news|falschnachrichten|desinformation|fałszywe wiadomości|poplašné zprávy|' +
			'datenschutz|privatsphäre|privacy|prywatność|soukromí'
	],
	[
		'Betrug',
		'',
		'',
		false,
		'gehackt|konto gehackt|account hacked|hacked|zhakowan*|włamanie na konto|hacknut*|napadený účet'
	],
	[
		'Bürgerservice',
		'',
		'',
		false,
		'beglaubigung|beglaubigen|certified copy|uwierzytelnienie|ověření podpisu|ověřená kopie'
	],
	[
		'Ordnungsamt',
		'',
		'',
		false,
		'veranstaltung anmelden|fest anmelden|event permit|pozwolenie na imprezę|povolení akce|' +
			'gewerbe anmelden|gewerbeanmeldung|register a business|zarejestrować działalność|živnostenský úřad'
	],
	[
		'Einbruch',
		'',
		'',
		false,
		'zusatzschloss|querriegel|fördermittel|kfw|zuschuss einbruchschutz|grant for security|dofinansowanie|dotace na zabezpečení'
	],
	[
		'Medien und Internet',
		'',
		'',
		false,
		'insta|fremder schreibt|schreibt meiner tochter|schreibt meinem sohn|will fotos|will nacktfotos|' +
			'fordert fotos|fordert bilder|' +
			'stranger messaging|messaging my daughter|messaging my son|asks for photos|asks for pictures|' +
			'wants pictures|wants photos|' +
			'obcy pisze|pisze do córki|pisze do syna|chce zdjęć|prosi o zdjęcia|' +
			'cizí muž píše|píše dceři|píše synovi|chce fotky|žádá o fotky'
	],
	[
		'Stalking',
		'',
		'',
		true,
		'ortungs app|ortungsapp|spionage app|spy app|spyware|stalkerware|tracking app|gps tracker|airtag|' +
			'überwacht mein handy|handy überwacht|liest meine nachrichten|heimlich installiert|' +
			'reads my messages|tracks my phone|tracking my phone|location tracking|' +
			'aplikacja szpiegująca|śledzi mój telefon|czyta moje wiadomości|lokalizator|' +
			'sledovací aplikace|sleduje můj telefon|čte mi zprávy|špehuje'
	],
	[
		'Psychische Erkrankung',
		'',
		'',
		false,
		'ritzt sich|schneidet sich|verletzt sich selbst|fügt sich verletzungen zu|' +
			'cuts herself|cuts himself|cutting herself|cutting himself|hurts herself|hurts himself|' +
			'tnie się|okalecza się|rani się|řeže se|pořezává se|ubližuje si|' +
			'demenz*|dement|alzheimer*|vergesslich|verwirrt|redet wirr|wirr|vermüllt|messie*|' +
			'dementia|confused|hoarding|hoarder|talks nonsense|' +
			'demencj*|otępieni*|zbieractwo|zagracone mieszkanie|' +
			'demence|zmatený|zmatená|mluví z cesty|syndrom hromadění|' +
			'flashback*|albträume|alpträume|nightmares|ptsd|ptbs|posttraumat*|koszmary|noční můry'
	],
	[
		'Rassismus',
		'',
		'',
		false,
		'hass im netz|hasskommentar*|hassnachricht*|hassrede|hetzt|hetzen|hasspost*|' +
			'online hate|hate online|hateful comments|hate comments|posting hate|hate about me|' +
			'muslim|muslime|muslimin|jude|jüdisch|jewish|' +
			'nienawiść w sieci|nienawistne komentarze|muzułman*|polaczk*|' +
			'nenávist na internetu|nenávistné komentáře|nenávistn*|muslim*|žid|židé|židovsk*'
	],
	[
		'Ordnungsamt',
		'',
		'',
		false,
		'verkauft alkohol|alkohol an kinder|alkohol an minderjährige|alkohol an jugendliche|jugendschutzkontrolle*|' +
			'fundtier*|hund gefunden|katze gefunden|tier gefunden|entlaufen*|zugelaufen*|streunend*|' +
			'sells alcohol|sold alcohol|selling alcohol|sells vodka|sells beer|alcohol to minors|alcohol to kids|' +
			'found a dog|found dog|found a cat|stray dog|stray cat|stray*|lost dog|' +
			'sprzedaje alkohol|alkohol nieletnim|sprzedaż alkoholu|' +
			'znalazłem psa|znalazłam psa|znaleziony pies|bezpański pies|zabłąkany pies|psa|pies|' +
			'prodává alkohol|alkohol dětem|alkohol nezletilým|prodej alkoholu|' +
			'našel jsem psa|našla jsem psa|toulavý pes|zaběhnutý pes|nalezený pes|pes'
	],
	[
		'Migration',
		'',
		'',
		false,
		'lohn nicht bezahlt|kein lohn|lohn nicht gezahlt|gehalt nicht bezahlt|chef zahlt nicht|' +
			'arbeitgeber zahlt nicht|ausgebeutet|ausbeutung|schwarzarbeit|' +
			'unpaid wages|not been paid|haven t been paid|boss won t pay|employer won t pay|exploited|' +
			'nie wypłacił|nie zapłacił|pensji|wypłaty nie|wynagrodzeni*|wyzysk*|szef nie płaci|pracodawca nie płaci|' +
			'nezaplatil|nevyplatil|výplatu|mzdu|nedostal jsem mzdu|zaměstnavatel nezaplatil|vykořisť*'
	],
	[
		'Polizei',
		'',
		'',
		false,
		'nicht nach hause gekommen|nicht heimgekommen|geht nicht ans telefon|' +
			'didn t come home|hasn t come home|not answering his phone|not answering her phone|' +
			'nie wrócił|nie wróciła|nie odbiera telefonu|' +
			'nevrátil se|nevrátila se|nevratil|nebere telefon|' +
			'betrunkener autofahrer|betrunken am steuer|trunkenheitsfahrt|drunk driver|drink driving|' +
			'pijany kierowca|jechał po pijanemu|opilý řidič|řídil opilý|' +
			'auto aufgebrochen|autoeinbruch|car broken into|catalytic converter|' +
			'włamanie do samochodu|vykradené auto|vykradli auto|katalyzátor*'
	],
	[
		'Betrug',
		'',
		'',
		false,
		'microsoft|fernwartung|fernzugriff|teamviewer|anydesk|tech support|remote access|' +
			'zdalny dostęp|vzdálený přístup|ovládal můj počítač|' +
			'lässt fremde rein|fremde in der wohnung|lets strangers in|strangers at the door|' +
			'wpuszcza obcych|obcy w mieszkaniu|pouští cizí|cizí lidi domů|' +
			'online kennengelernt|met online|met her online|met him online|poznała w internecie|' +
			'seznámila na internetu'
	],
	[
		'Häusliche Gewalt',
		'',
		'',
		true,
		'sperrt sie ein|sperrt mich ein|nimmt ihr das geld|nimmt mir das geld|locks her in|locks me in|' +
			'takes all her money|takes my money|zamyka ją|zamyka mnie|zabiera jej pieniądze|zabiera mi pieniądze|' +
			'zamyká ji|zamyká mě|bere jí peníze|bere mi peníze'
	],
	[
		'Kinderschutz',
		'',
		'',
		true,
		'ungewaschen|ungepflegt|kommt hungrig|kommt ohne essen|unwashed|comes to school hungry|dirty clothes|' +
			'niedomyte|przychodzi głodne|przychodzi głodny|neumytý|chodí hladový|chodí hladová|' +
			'stiefvater schlägt|stepdad hits|stepfather hits|ojczym go bije|ojczym bije|otčím ho bije|otčím bije'
	],
	[
		'Lebensmittel',
		'',
		'',
		false,
		'kein geld für essen|can t afford food|nie ma na jedzenie|nie ma na leki|nemá na jídlo|nemá na léky'
	],
	[
		'Jugendarbeit',
		'',
		'',
		false,
		'hausaufgabe*|nachhilfe|lernhilfe|homework|homework help|odrabianie lekcji|korepetycje|pomoc w lekcjach|' +
			'úkoly|doučování|pomoc s úkoly|ferienfahrt*|ferienlager|jugendfreizeit*|bandraum|proberaum|' +
			'summer camp|holiday trip*|band room|rehearsal room|wyjazdy wakacyjne|wyjazd wakacyjny|kolonie|' +
			'obóz|letní tábor|tábor|zkušebna'
	],
	['Angriff', '', '', true, 'stabbing|stabbed|messerangriff|messerstecherei|dźgnięty|dźgnął|pobodán*|bodnutí'],
	[
		'Einbruch',
		'',
		'',
		false,
		'überwachungskamera|kamera|security camera|cctv|monitoring|kamera proti|kamerový systém'
	],
	[
		'Verkehrssicherheit',
		'',
		'',
		false,
		'rollator*|chodítk*|balkonik*|chodzik*|pedelec*|e bike*|walking frame|mobility training|' +
			'bus fahren üben|bus training'
	]
];
