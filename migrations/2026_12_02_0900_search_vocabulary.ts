import { sql, type Kysely } from 'kysely';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

// The search vocabulary: concepts of the prevention field with the words citizens type for them in
// German, English, Polish and Czech. A word ending in * stands for every word it begins (inflections);
// a word with spaces is a phrase. The coordinator edits this table under /koordination/suchbegriffe.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('search_vocabulary')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('label', 'text', (c) => c.notNull().unique())
		.addColumn('search_terms', 'text', (c) => c.notNull())
		.addColumn('topic_codes', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('words', 'text', (c) => c.notNull())
		.addColumn('danger', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
		.execute();
	await db
		.insertInto('search_vocabulary')
		.values(
			SEED.map(([label, search_terms, topic_codes, danger, words]) => ({
				label,
				search_terms,
				topic_codes,
				danger: danger ? 1 : 0,
				words: words
					.split('|')
					.map((w) => w.trim())
					.join('\n')
			}))
		)
		.execute();
	// Makes the search sync apply the vocabulary (synonyms) to the settings of both indexes.
	await db
		.insertInto('search_outbox')
		.values([
			{ index_uid: 'partners', document_id: '*settings' },
			{ index_uid: 'proposals', document_id: '*settings' }
		])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('search_vocabulary').execute();
}

type Seed = [label: string, terms: string, topics: string, danger: boolean, words: string];

const SEED: Seed[] = [
	[
		'Mobbing',
		'mobbing',
		'mobbing',
		false,
		'mobbing|mobben|mobbt|gemobbt|cybermobbing|schikane*|schikaniert|gehänselt|hänseln|ausgegrenzt|fertiggemacht|' +
			'bullying|bullied|bully|bullies|cyberbullying|' +
			'nękanie|nękany|nękana|nękane|nękają|dręczenie|dręczony|cyberprzemoc|prześladowanie w szkole|' +
			'šikana|šikanu|šikany|šikanování|šikanován*|šikanuj*|kyberšikana'
	],
	[
		'Sucht',
		'suchtprävention sucht',
		'suchtpraevention',
		false,
		'sucht|süchtig*|abhängig*|drogen*|droge|rauschgift|kiffen|kifft|kiffe|gekifft|kiffer|cannabis|haschisch|marihuana|' +
			'crystal|meth|alkohol*|säuft|saufen|betrunken|trinkt zu viel|spielsucht|glücksspiel|medikamentensucht|' +
			'addiction|addicted|addict|drug|drugs|alcohol|alcoholic|drinking problem|weed|smokes weed|marijuana|gambling|' +
			'uzależnien*|uzależniony|uzależniona|narkoty*|alkoholi*|alkoholem|marihuan*|trawka|trawkę|hazard|' +
			'závislost*|závislý|drog*|protidrog*|alkoholu|alkoholik|tráva|trávu|hulí|kouří trávu|gamblerství'
	],
	[
		'Häusliche Gewalt',
		'häusliche gewalt',
		'haeusliche-gewalt',
		true,
		'häusliche gewalt|häuslicher gewalt|häuslichen gewalt|gewalt in der familie|gewalt zuhause|gewalt zu hause|' +
			'familiäre gewalt|partnergewalt|geschlagen|schlägt|schlagen|verprügelt|prügelt|misshandelt|gewaltschutz*|' +
			'domestic violence|domestic abuse|hits me|beats me|beaten|abusive|' +
			'przemoc domowa|przemocy domowej|bije|pobity|pobita|' +
			'domácí násilí|domácího násilí|domácím násilí|týrá|týraná'
	],
	[
		'Frauenhaus',
		'frauen kinderschutzhaus',
		'haeusliche-gewalt',
		true,
		'frauenhaus|frauenschutzhaus|schutzhaus|women shelter|womens shelter|women s shelter|dom dla kobiet|' +
			'schronisko dla kobiet|dom samotnej matki|azylový dům|azylový dům pro ženy'
	],
	[
		'Betrug',
		'betrug',
		'betrug-enkeltrick',
		false,
		'betrug|betrüger*|betrogen|abzocke|abgezockt|trickbetrug|telefonbetrug|phishing|abofalle|fake shop|' +
			'fraud|scam|scams|scammer*|scammed|rip off|cheated|' +
			'oszust*|oszukan*|wyłudzeni*|' +
			'podvod*|šmejd*'
	],
	[
		'Schockanruf',
		'betrug enkeltrick',
		'betrug-enkeltrick',
		true,
		'schockanruf*|enkeltrick|falsche polizisten|falscher polizist|falsche polizei|' +
			'grandparent scam|fake police|scam call|scam calls|' +
			'na wnuczka|metoda na wnuczka|na policjanta|fałszywy policjant|' +
			'podvodný telefonát|podvodné telefonáty|na vnuka|falešný policista'
	],
	[
		'Einbruch',
		'einbruchschutz',
		'einbruchschutz',
		false,
		'einbruch*|einbrecher*|eingebrochen|einbrechen|aufgebrochen|wohnungseinbruch|' +
			'burglary|burglar*|break in|broke into|broken into|' +
			'włamani*|włamał*|włamywacz*|' +
			'vloupání|vloupáním|vloupal*|vykraden*'
	],
	[
		'Stalking',
		'stalking',
		'haeusliche-gewalt opferhilfe',
		true,
		'stalking|stalker*|verfolgt mich|nachgestellt|nachstellung|' +
			'stalked|stalking me|following me|' +
			'uporczywe nękanie|prześladuje|śledzi mnie|' +
			'pronásledování|pronásleduje|sleduje mě'
	],
	[
		'Extremismus',
		'extremismusprävention',
		'extremismuspraevention',
		false,
		'extremismus|extremist*|rechtsextrem*|linksextrem*|nazi|nazis|neonazi*|rechte szene|radikalisier*|' +
			'reichsbürger*|islamis*|verfassungsfeind*|' +
			'extremism|far right|right wing|radicalis*|radicaliz*|' +
			'ekstremizm*|ekstremi*|neonazi*|radykaliz*|skrajna prawica|' +
			'extrémismus|extremismu|neonacis*|radikaliz*|pravicový extremismus'
	],
	[
		'Rassismus',
		'rassistischer rassismus',
		'opferhilfe extremismuspraevention',
		false,
		'rassismus|rassist*|fremdenfeind*|ausländerfeind*|antisemit*|diskriminier*|' +
			'racism|racist|racially|hate crime|discrimination|' +
			'rasizm|rasist*|dyskryminac*|' +
			'rasismus|rasist*|diskriminac*'
	],
	[
		'Kinderschutz',
		'kinderschutz',
		'jugendschutz',
		true,
		'kinderschutz|kindeswohl*|kindesmisshandlung|vernachlässigt|missbrauch*|inobhutnahme|schlägt seine kinder|' +
			'child protection|child abuse|neglected child|' +
			'ochrona dzieci|krzywdzenie dzieci|przemoc wobec dzieci|' +
			'ochrana dětí|týrání dětí|týrané dítě'
	],
	[
		'Schulden',
		'schuldnerberatung',
		'',
		false,
		'schulden|schuldner*|verschuldet|pleite|insolvenz*|pfändung|mahnung*|inkasso|schuldenberatung|' +
			'debt|debts|indebted|bankrupt*|insolvency|' +
			'długi|długów|dług|zadłużen*|dłużnik*|komornik|' +
			'dluh*|zadlužen*|exekuce|insolvence|oddlužení'
	],
	[
		'Krise',
		'notfallseelsorge krisen',
		'',
		true,
		'notfallseelsorge|seelsorge*|krise|krisen*|suizid*|selbstmord*|verzweifelt|lebensmüde|jemanden zum reden|' +
			'crisis|suicid*|desperate|' +
			'kryzys*|samobój*|' +
			'krize|krizov*|sebevražd*'
	],
	[
		'Psychische Erkrankung',
		'sozialpsychiatrischer psychischen',
		'',
		false,
		'psychisch*|psychiatr*|depression*|depressiv*|psychose|' +
			'mental health|mental illness|depressed|' +
			'psychiczn*|depresj*|' +
			'psychick*|duševní|deprese'
	],
	[
		'Notfall',
		'notdienst',
		'',
		true,
		'notfall|notruf|akute gefahr|lebensgefahr|' +
			'emergency|' +
			'nagły wypadek|niebezpieczeństwo|' +
			'nouze|nouzi|tísňov*|nebezpečí'
	],
	[
		'Jugendarbeit',
		'jugendarbeit jugendclub',
		'',
		false,
		'jugendclub|jugendklub|jugendtreff|jugendzentrum|jugendarbeit|jugendkeller|freizeit|treffpunkt|' +
			'youth club|youth centre|youth center|youth work|' +
			'klub młodzieżowy|świetlica|młodzieżowy|' +
			'klub pro mládež|nízkoprahový klub|nízkoprahov*'
	],
	[
		'Streetwork',
		'streetwork',
		'',
		false,
		'streetwork|streetworker*|straßensozialarbeit|mobile jugendarbeit|street work|street worker|' +
			'pedagog ulicy|streetworker|terénní sociální práce'
	],
	[
		'Migration',
		'migrationsberatung integration',
		'integration',
		false,
		'migration*|migrant*|flüchtling*|geflüchtet*|asyl*|zugewandert*|ausländer|aufenthalt*|neu in deutschland|' +
			'integration|sprachkurs|' +
			'refugee*|asylum|immigra*|foreigner*|residence permit|' +
			'uchodźc*|cudzoziem*|imigrant*|azyl|' +
			'cizin*|uprchlí*|azyl*|přistěhoval*'
	],
	[
		'Bürgerpolizist',
		'polizei bürgerpolizist',
		'',
		false,
		'bürgerpolizist*|bürgerpolizei|kontaktbeamt*|revierpolizist*|dorfpolizist*|' +
			'community police*|neighbourhood police*|neighborhood police*|local police officer|beat officer|' +
			'dzielnicow*|' +
			'okrskář*|okrsek'
	],
	[
		'Polizei',
		'polizei',
		'',
		false,
		'polizei|polizist*|polizeirevier|revier|wache|polizeiwache|anzeige*|strafanzeige|' +
			'police*|police station|cop|cops|report a crime|' +
			'policj*|komisariat*|posterunek|' +
			'polici*|policist*|služebna|oznámení'
	],
	[
		'Opferhilfe',
		'opferhilfe',
		'opferhilfe',
		false,
		'opfer*|opferberatung|ausgeraubt|beraubt|bestohlen|straftat|' +
			'victim*|robbed|mugged|' +
			'ofiar*|okradzion*|okradł*|' +
			'oběť|obětem|obětí|oběti|okraden*'
	],
	[
		'Angriff',
		'opferhilfe gewalt',
		'opferhilfe gewaltpraevention',
		true,
		'überfallen|überfall*|angegriffen|angriff|bedroht*|zusammengeschlagen|' +
			'attacked|attack|assault*|threatened|' +
			'napad*|napadnięt*|zaatakowan*|pobicie|' +
			'přepaden*|napaden*|útok|vyhrožuje'
	],
	[
		'Gewalt',
		'gewalt',
		'gewaltpraevention',
		false,
		'gewalt*|gewalttätig*|prügelei|schlägerei|' + 'violence|violent|' + 'przemoc*|' + 'násilí|násil*'
	],
	[
		'Schulsozialarbeit',
		'schulsozialarbeit',
		'mobbing',
		false,
		'schulsozialarbeit*|school social work*|pedagog szkolny|školní sociální pracovník'
	],
	[
		'Schule',
		'schule',
		'',
		false,
		'schule|schulen|school|schools|szkoła|szkole|szkoły|szkołach|škola|škole|školy|školách'
	],
	[
		'Jugendamt',
		'jugendhilfe jugendamt',
		'jugendschutz',
		false,
		'jugendamt|allgemeiner sozialer dienst|youth office|youth welfare office|urząd ds młodzieży|urząd młodzieży|' +
			'úřad pro mládež|ospod'
	],
	[
		'Jugendstrafverfahren',
		'jugendgerichtshilfe bewährungshilfe',
		'kriminalpraevention',
		false,
		'jugendgericht*|straffällig*|bewährung*|strafverfahren|vorbestraft|' +
			'juvenile court|probation|' +
			'sąd dla nieletnich|kurator sądowy|' +
			'soud pro mládež|probační'
	],
	[
		'Selbstverteidigung',
		'selbstverteidigung selbstbehauptung',
		'gewaltpraevention',
		false,
		'selbstverteidigung|selbstbehauptung|kampfsport|self defence|self defense|samoobron*|sebeobran*'
	],
	[
		'Verkehrssicherheit',
		'verkehrssicherheit verkehrswacht',
		'verkehrssicherheit',
		false,
		'verkehr*|radfahr*|schulweg|fahrrad*|' +
			'traffic|road safety|cycling|' +
			'ruch drogowy|bezpieczeństwo ruchu|rower*|' +
			'doprava|dopravní|silniční'
	],
	[
		'Senioren',
		'senioren',
		'',
		false,
		'senior*|rentner*|ältere menschen|' +
			'elderly|older people|pensioner*|' +
			'seniorzy|seniorów|emeryt*|' +
			'senioři|seniory|důchod*'
	],
	[
		'Medien und Internet',
		'medienprävention',
		'medienpraevention',
		false,
		'internet|online|medienkompetenz|handy|smartphone|sexting|soziale medien|' +
			'social media|' +
			'internecie|media społecznościowe|' +
			'sociální sítě|internetu'
	],
	[
		'Präventionsrat',
		'präventionsrat',
		'kriminalpraevention',
		false,
		'präventionsrat|kpr|kriminalprävention|prevention council|rada prewencji|prevence kriminality'
	],
	[
		'Behinderung',
		'teilhabeberatung',
		'',
		false,
		'behinderung*|behindert*|disability|disabled|niepełnospraw*|postižen*'
	],
	['Ordnungsamt', 'ordnungsamt', '', false, 'ordnungsamt|lärm|ruhestörung|falschparker|noise|hałas|hluk'],
	['Lebensmittel', 'lebensmittelausgabe', '', false, 'tafel|lebensmittel*|food bank|bank żywności|potravinová banka']
];
