import { sql, type Kysely } from 'kysely';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

// The everyday words the first vocabulary lacked (issue #10): a concept for theft, and for the other
// concepts the slang, inflections and phrasings citizens use in German, English, Polish and Czech.
// Rows are matched by label; only missing words are added, so a coordinator's words and edits stay.
// A concept the coordinator deleted or renamed is inserted again only if its label is free.
export async function up(db: Kysely<any>): Promise<void> {
	await addVocabulary(db, ADDITIONS);
}

// The words added to existing concepts stay: a coordinator may have come to rely on them since.
export async function down(db: Kysely<any>): Promise<void> {
	await db.deleteFrom('search_vocabulary').where('label', 'in', NEW_LABELS).execute();
	await queueSettings(db);
}

/**
 * Adds concepts and words to the vocabulary of an existing installation (later vocabulary migrations
 * use it too): rows are matched by label and get only the words they lack, so a coordinator's words
 * and edits stay; a missing label is inserted as a new concept. Then the settings are queued.
 */
export async function addVocabulary(db: Kysely<any>, additions: Addition[]): Promise<void> {
	for (const [label, search_terms, topic_codes, danger, words] of additions) {
		const wanted = [...new Set(split(words))];
		const row = await db
			.selectFrom('search_vocabulary')
			.select(['id', 'words'])
			.where('label', '=', label)
			.executeTakeFirst();
		if (row) {
			const have = new Set(split(row.words, '\n').map((w) => w.toLowerCase()));
			const missing = wanted.filter((w) => !have.has(w.toLowerCase()));
			if (missing.length === 0) continue;
			await db
				.updateTable('search_vocabulary')
				.set({ words: [...split(row.words, '\n'), ...missing].join('\n'), updated_at: now })
				.where('id', '=', row.id)
				.execute();
		} else {
			await db
				.insertInto('search_vocabulary')
				.values({ label, search_terms, topic_codes, danger: danger ? 1 : 0, words: wanted.join('\n') })
				.execute();
		}
	}
	await queueSettings(db);
}

/**
 * Takes back the concepts that `additions` inserted (those given search terms) for a migration's `down`;
 * the words it added to existing concepts stay, as a coordinator may have come to rely on them since.
 */
export async function removeNewConcepts(db: Kysely<any>, additions: Addition[]): Promise<void> {
	const added = additions.filter(([, terms]) => terms !== '').map(([label]) => label);
	await db.deleteFrom('search_vocabulary').where('label', 'in', added).execute();
}

/** A migration that only adds `additions`; its `down` takes back the new concepts. */
export function vocabularyMigration(additions: Addition[]) {
	return {
		up: (db: Kysely<any>) => addVocabulary(db, additions),
		down: async (db: Kysely<any>) => {
			await removeNewConcepts(db, additions);
			await queueSettings(db);
		}
	};
}

// Makes the search sync apply the vocabulary (synonyms) to the settings of both indexes.
export async function queueSettings(db: Kysely<any>): Promise<void> {
	for (const index_uid of ['partners', 'proposals']) {
		await db.insertInto('search_outbox').values({ index_uid, document_id: '*settings' }).execute();
	}
}

function split(words: string, separator = '|'): string[] {
	return words
		.split(separator)
		.map((w) => w.trim())
		.filter(Boolean);
}

export type Addition = [label: string, terms: string, topics: string, danger: boolean, words: string];

const NEW_LABELS = ['Diebstahl'];

const ADDITIONS: Addition[] = [
	[
		'Diebstahl',
		'polizei diebstahl',
		'opferhilfe',
		false,
		// An object before the verb ("Fahrrad geklaut") would otherwise read as the object's concept.
		'diebstahl*|dieb|diebe|dieben|diebin|geklaut|klauen|klaut|beklaut|gestohlen|stehlen|stiehlt|entwendet|' +
			'taschendieb*|ladendieb*|fahrraddieb*|autodieb*|handydieb*|geldbörse weg|portemonnaie weg|' +
			'fahrrad geklaut|fahrrad gestohlen|rad geklaut|rad gestohlen|handy geklaut|handy gestohlen|' +
			'theft|thief|thieves|stolen|stole|steal|stealing|steals|pickpocket*|shoplift*|nicked|' +
			'bike stolen|bicycle stolen|phone stolen|' +
			'kradzież*|kradzieży|ukradzion*|ukradł*|ukradli|ukraść|kradnie|kradną|złodziej*|skradzion*|kieszonkow*|' +
			'rower ukradzion*|rower skradzion*|' +
			'krádež*|ukradl*|ukraden*|kradou|krade|zloděj*|odcizen*|kapsář*'
	],
	[
		'Stalking',
		'',
		'',
		true,
		'verfolgt|verfolgen|verfolgung|belästig*|nachstell*|lauert mir auf|auflauern|telefonterror|psychoterror|' +
			'lässt mich nicht in ruhe|ruft ständig an|beobachtet mich|' +
			'harass*|follows me|keeps following|stalks me|keeps calling me|won t leave me alone|watching me|' +
			'nęka mnie|śledzi|nachodzi mnie|obserwuje mnie|wydzwania|prześladowc*|molestuj*|' +
			'pronásled*|obtěžuj*|obtěžování|nedá mi pokoj|neustále volá|sleduje mne'
	],
	[
		'Sucht',
		'',
		'',
		false,
		'gras|weed|joint|joints|bubatz|dope|hasch|kiff*|ecstasy|xtc|koks|kokain|heroin|lsd|pillen|besoffen|' +
			'komasaufen|komatrinken|pegeltrinken|zocken|sportwetten|spielautomat*|spielhalle|' +
			'pot|smoking weed|stoned|cocaine|pills|drunk|binge drinking|substance abuse|rehab|overdose|' +
			'trawa|trawę|trawki|zioło|jara|jarać|dopalacz*|kokain*|amfetamin*|pije|pijany|pijana|upija się|' +
			'hulit|jointa|pervitin*|perník|pije|opilý|opilá|chlast*'
	],
	[
		'Extremismus',
		'',
		'',
		false,
		'hakenkreuz*|swastika*|hitlergruß|hitlergruss|sieg heil|nazi*|nazisymbol*|rechtsrock|reichsflagge|' +
			'reichskriegsflagge|volksverhetzung|hetze|hassparolen|rechte parolen|rechte schmiererei*|ss runen|' +
			'nazi symbol*|neo nazi*|white supremac*|far-right|hate speech|' +
			'swastyk*|nazistowsk*|faszy*|mowa nienawiści|' +
			'hákový kříž|hákového kříže|hákový kříže|svastik*|nacist*|fašis*|nenávistné projevy'
	],
	[
		'Rassismus',
		'',
		'',
		false,
		'hautfarbe|wegen meiner herkunft|herkunft|fremdenhass|hasskriminalität|hassverbrechen|homophob*|' +
			'queerfeind*|transfeind*|muslimfeind*|islamfeind*|antiziganis*|ausländer raus|' +
			'skin colour|skin color|colour of my skin|color of my skin|ethnicity|xenophob*|islamophob*|' +
			'racial abuse|racially abused|' +
			'kolor skóry|koloru skóry|kolorem skóry|ksenofob*|antysemit*|homofob*|przestępstwo z nienawiści|' +
			'barva pleti|barvy pleti|barvu pleti|xenofob*|antisemit*|homofob*|z nenávisti'
	],
	[
		'Schulden',
		'',
		'',
		false,
		'rechnung*|stromrechnung*|mietschulden|privatinsolvenz|geldsorgen|geldprobleme|kein geld|' +
			'zahlungsunfähig*|gerichtsvollzieher*|ratenzahlung*|stromsperre|kontopfändung|p konto|schufa|' +
			'offene rechnungen|miete nicht zahlen|' +
			'bills|unpaid|owe money|money problems|money worries|financial problems|bailiff*|debt collector*|' +
			'rent arrears|arrears|can t pay|cannot pay|' +
			'rachunk*|zaległ*|nie mam pieniędzy|windykac*|kredyt*|' +
			'exekutor*|půjčk*|splátk*|nemám peníze|finanční problémy|nesplác*'
	],
	[
		'Senioren',
		'',
		'',
		false,
		'ältere*|alte menschen|alte leute|hochbetagt*|im alter|altenclub|' +
			'old people|older adults|older person|retired|retiree*|old age|' +
			'osoby starsze|osób starszych|dla starszych|ludzie starsi|starszych ludzi|seniorka|seniorki|' +
			'starší lidé|starších lidí|pro seniory|důchodce|důchodci|staří lidé|seniorům'
	],
	[
		'Opferhilfe',
		'',
		'',
		false,
		'straftaten|verbrechen|tatort|betroffen von|traumatisiert|prozessbegleitung|schmerzensgeld|' +
			'weißer ring|' +
			'crime|crimes|criminal offence|crime victim|witness|court support|trauma|traumatised|traumatized|' +
			'przestępstw*|pokrzywdzon*|świadek|' +
			'trestný čin|trestného činu|trestných činů|trestnému činu|svědek'
	],
	[
		'Jugendarbeit',
		'',
		'',
		false,
		'jugendhaus|offener treff|freizeitangebot*|abhängen|chillen|' +
			'hang out|things to do|youth group|after school|leisure|' +
			'młodzież|młodzieży|młodzieżą|świetlic*|spędzać czas|spędzić czas|czas wolny|wolny czas|' +
			'mládež|mládeže|mládeží|volný čas|volného času|volnočasov*'
	],
	[
		'Mobbing',
		'',
		'',
		false,
		'mobbt|ausgelacht|schlechtgemacht|fertig gemacht|gedisst|bloßgestellt|lästern|cyber mobbing|shitstorm|' +
			'picked on|teased|bullying at school|' +
			'gnębi*|dokucza*|wyśmiewa*|przezywa*|hejt*|' +
			'posmívají|vysmívají|ponižuj*|kyberšikan*'
	],
	[
		'Häusliche Gewalt',
		'',
		'',
		true,
		'tritt mich|würgt|gewürgt|eingesperrt|beziehungsgewalt|gewalt in der beziehung|gewalt in der ehe|' +
			'abuse|abused|violent partner|slaps me|punched me|strangled|' +
			'bije mnie|przemocow*|znęca się|znęcanie|uderzył mnie|' +
			'bije mě|mlátí|týrán*|uhodil mě|násilník*'
	],
	[
		'Betrug',
		'',
		'',
		false,
		'betrug*|hereingelegt|reingelegt|übers ohr gehauen|gewinnversprechen|love scam|romance scam|' +
			'online betrug|kaffeefahrt|haustürgeschäft*|fake anruf|' +
			'scam*|conned|con artist|swindl*|tricked|phishing|' +
			'naciąg*|wyłudz*|oszuk*|przekręt*|podszywa*|' +
			'podfuk*|napálil*|oklamal*'
	],
	[
		'Einbruch',
		'',
		'',
		false,
		'eingestiegen|aufgehebelt|einbruchsicher|wohnung sichern|haus sichern|sicherheitsschloss|' +
			'burgled|broke in|home security|secure my home|' +
			'zabezpieczenie mieszkania|zabezpieczyć mieszkanie|' +
			'vloupa*|zabezpečení bytu|zabezpečit byt'
	],
	[
		'Krise',
		'',
		'',
		true,
		'nicht mehr leben|umbringen|ritzen|selbstverletzung|trauer*|todesfall|kann nicht mehr|am ende|' +
			'kill myself|end my life|self harm|grief|bereave*|overwhelmed|talk to someone|' +
			'chcę umrzeć|żałob*|samookalecz*|nie daję rady|' +
			'nechci žít|sebepoškoz*|zármut*|truchl*'
	],
	[
		'Migration',
		'',
		'',
		false,
		'visum|deutschkurs|deutsch lernen|einbürgerung|zugezogen|geflohen|' +
			'visa|german course|learn german|newcomer*|' +
			'karta pobytu|zezwolenie na pobyt|kurs niemieckiego|obcokrajow*|' +
			'povolení k pobytu|kurz němčiny'
	],
	[
		'Kinderschutz',
		'',
		'',
		true,
		'kindesmissbrauch|vernachlässig*|sexueller missbrauch|verwahrlost|' +
			'child neglect|neglect*|sexual abuse|' +
			'zaniedbane dziecko|krzywdzone dziecko|wykorzystywanie dzieci|' +
			'zanedbáv*|zneužívání dětí|týrání dítěte'
	],
	['Präventionsrat', '', '', false, 'crime prevention|prewencja przestępczości|kriminalitätsvorbeugung']
];
