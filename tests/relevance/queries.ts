// The judged relevance suite: queries as citizens type them, each with the demo partners (slugs
// from src/lib/server/demo/partners) a coordinator would call a right answer. Written before any
// tuning; queries added later (failures met while tuning) are marked `added`.

export type SuiteLanguage = 'de' | 'en' | 'pl' | 'cs';

export interface JudgedQuery {
	q: string;
	lang: SuiteLanguage;
	relevant: string[];
	/** Added after the baseline, from a failure met while tuning. */
	added?: true;
}

export const BUERGERPOLIZEI = [
	'buergerpolizist-innenstadt',
	'buergerpolizistin-nord-west',
	'buergerpolizist-sued-ost',
	'buergerpolizist-hirschfelde'
];
export const POLIZEI = [
	'polizeirevier-zittau',
	'polizeiliche-beratungsstelle-zittau',
	'bundespolizeirevier-zittau',
	...BUERGERPOLIZEI
];
export const SUCHT = [
	'suchtberatung-zittau',
	'fachstelle-suchtpraevention-zittau',
	'sozialpsychiatrischer-dienst-zittau',
	'gesundheitsamt-sprechstelle-zittau'
];
export const MOBBING = [
	'schulsozialarbeit-zittau',
	'praeventionsteam-schule-jugend',
	'erziehungs-und-familienberatung-zittau',
	'medienwerkstatt-zittau',
	'budo-sportverein-zittau-selbstbehauptung'
];
export const HAEUSLICHE_GEWALT = [
	'interventionsstelle-haeusliche-gewalt-zittau',
	'frauen-und-kinderschutzhaus-oberlausitz-sued',
	'lichtblick-opferhilfe-zittau',
	'maennerberatung-wendepunkt',
	'polizeirevier-zittau',
	'kreisklinikum-zittau-kinderschutzgruppe'
];
export const BETRUG = [
	'polizeiliche-beratungsstelle-zittau',
	'seniorensicherheitsberater-zittau',
	'verbraucherberatung-zittau',
	'buergerbank-oberlausitz-filiale-markt',
	'lichtblick-opferhilfe-zittau',
	'buergerpolizist-sued-ost'
];
export const EINBRUCH = [
	'polizeiliche-beratungsstelle-zittau',
	'polizeirevier-zittau',
	'sicherheitspartnerschaft-hirschfelde',
	'seniorensicherheitsberater-zittau',
	...BUERGERPOLIZEI
];
export const STALKING = [
	'interventionsstelle-haeusliche-gewalt-zittau',
	'polizeirevier-zittau',
	'lichtblick-opferhilfe-zittau'
];
export const EXTREMISMUS = [
	'mobile-beratung-demokratie-oberlausitz',
	'opferberatung-ostsachsen-zittau',
	'kpr-zittau-koordinierungsstelle',
	'integrations-und-gleichstellungsbeauftragte-zittau'
];
export const KINDERSCHUTZ = [
	'jugendamt-aussenstelle-zittau',
	'kinder-und-jugendnotdienst-oberlausitz',
	'kreisklinikum-zittau-kinderschutzgruppe',
	'frauen-und-kinderschutzhaus-oberlausitz-sued'
];
export const SCHULDEN = ['schuldner-und-insolvenzberatung-zittau'];
export const KRISE = [
	'notfallseelsorge-zittau',
	'sozialpsychiatrischer-dienst-zittau',
	'kinder-und-jugendnotdienst-oberlausitz',
	'interventionsstelle-haeusliche-gewalt-zittau'
];
export const JUGENDARBEIT = [
	'jugendclub-kompass',
	'mobile-jugendarbeit-streetwork-zittau',
	'ev-jugend-zittau-offener-jugendkeller',
	'schulsozialarbeit-zittau'
];
export const MIGRATION = [
	'migrationsberatung-erwachsene-zittau',
	'jugendmigrationsdienst-zittau',
	'integrations-und-gleichstellungsbeauftragte-zittau',
	'brueckenschlag-begegnung-dreilaendereck',
	'opferberatung-ostsachsen-zittau'
];
export const OPFER = [
	'lichtblick-opferhilfe-zittau',
	'opferberatung-ostsachsen-zittau',
	'kreisklinikum-zittau-kinderschutzgruppe',
	'interventionsstelle-haeusliche-gewalt-zittau',
	'notfallseelsorge-zittau'
];
export const RASSISMUS = [
	'opferberatung-ostsachsen-zittau',
	'mobile-beratung-demokratie-oberlausitz',
	'integrations-und-gleichstellungsbeauftragte-zittau'
];
export const VERKEHR = ['verkehrswacht-zittau', 'polizeirevier-zittau'];
export const SENIOREN = [
	'seniorenbegegnungsstaette-zittau-sued',
	'seniorensicherheitsberater-zittau',
	'mehrgenerationenhaus-weberhof'
];
export const JUGENDSTRAF = [
	'jugendgerichtshilfe-zittau',
	'bewaehrungshilfe-zittau',
	'taeter-opfer-ausgleich-oberlausitz'
];
export const SELBSTVERTEIDIGUNG = ['budo-sportverein-zittau-selbstbehauptung'];
export const KPR = ['kpr-zittau-koordinierungsstelle'];

/** A query in one language, judged with the partners a coordinator would name (every set writes them so). */
const judgedIn =
	(lang: SuiteLanguage) =>
	(q: string, relevant: string[]): JudgedQuery => ({ q, lang, relevant });
export const [de, en, pl, cs] = (['de', 'en', 'pl', 'cs'] as const).map(judgedIn);

export const JUDGED_QUERIES: JudgedQuery[] = [
	// German: the start page's own examples
	de('Einbruchschutz', EINBRUCH),
	de('Mobbing', MOBBING),
	de('Suchtberatung', SUCHT),
	de('Bürgerpolizist', BUERGERPOLIZEI),
	// German: sentences
	de('Mein Kind wird in der Schule gemobbt', MOBBING),
	de('mein Sohn kifft', SUCHT),
	de('Meine Tochter trinkt zu viel Alkohol', SUCHT),
	de('Wer ist mein Bürgerpolizist', BUERGERPOLIZEI),
	de('Bei uns wurde eingebrochen', EINBRUCH),
	de('Ich werde von meinem Mann geschlagen', HAEUSLICHE_GEWALT),
	de('mein Ex verfolgt mich', STALKING),
	de('Meine Oma hat einen Schockanruf bekommen', BETRUG),
	de('Ich habe Schulden und weiß nicht weiter', SCHULDEN),
	de('Wo kann ich Anzeige erstatten', POLIZEI),
	de('Mein Nachbar schlägt seine Kinder', KINDERSCHUTZ),
	de('wie schütze ich meine Wohnung vor Einbrechern', EINBRUCH),
	de('Hilfe bei häuslicher Gewalt', HAEUSLICHE_GEWALT),
	de('wo finde ich Hilfe wenn mein Kind Drogen nimmt', SUCHT),
	de('Mein Sohn wird im Internet gemobbt', MOBBING),
	de('Ich wurde überfallen', OPFER),
	de('Jemand hat mich rassistisch beleidigt', RASSISMUS),
	de('Mein Enkel ist in die rechte Szene abgerutscht', EXTREMISMUS),
	de('Ich bin in einer Krise und brauche jemanden zum Reden', KRISE),
	de('wo können Jugendliche abends hin', JUGENDARBEIT),
	de('Mein Sohn muss zum Jugendgericht', JUGENDSTRAF),
	de('Ich bin neu in Deutschland und brauche Beratung', MIGRATION),
	// German: everyday words and inflections
	de('Alkoholproblem', SUCHT),
	de('Drogenberatung', SUCHT),
	de('Suchtberatungsstelle', SUCHT),
	de('kiffen', SUCHT),
	de('Crystal Meth', SUCHT),
	de('Spielsucht', SUCHT),
	de('gemobbt', MOBBING),
	de('Cybermobbing', MOBBING),
	de('eingebrochen', EINBRUCH),
	de('Einbrecher', EINBRUCH),
	de('geschlagen', HAEUSLICHE_GEWALT),
	de('Gewalt in der Familie', HAEUSLICHE_GEWALT),
	de('Frauenhaus', ['frauen-und-kinderschutzhaus-oberlausitz-sued']),
	de('Stalking', STALKING),
	de('Schockanruf', BETRUG),
	de('Enkeltrick', BETRUG),
	de('falsche Polizisten am Telefon', BETRUG),
	de('Betrug', BETRUG),
	de('Schulden', SCHULDEN),
	de('Schuldnerberatung', SCHULDEN),
	de('Rechtsextremismus', EXTREMISMUS),
	de('Nazis', EXTREMISMUS),
	de('Kinderschutz', KINDERSCHUTZ),
	de('Kindeswohlgefährdung', KINDERSCHUTZ),
	de('Jugendamt', ['jugendamt-aussenstelle-zittau']),
	de('Jugendclub', JUGENDARBEIT),
	de('Jugendarbeit', JUGENDARBEIT),
	de('Migrationsberatung', MIGRATION),
	de('Flüchtlinge', MIGRATION),
	de('Opferhilfe', OPFER),
	de('Polizei', POLIZEI),
	de('Polizist', POLIZEI),
	de('Selbstverteidigung', SELBSTVERTEIDIGUNG),
	de('Verkehrserziehung', VERKEHR),
	de('Präventionsrat', KPR),
	de('Seniorentreff', SENIOREN),
	de('Schulsozialarbeiter', ['schulsozialarbeit-zittau']),
	de('Notfallseelsorge', ['notfallseelsorge-zittau']),
	de('psychisch krank', ['sozialpsychiatrischer-dienst-zittau']),
	// German: ss/ß, ae/ä, compounds and their parts, typos
	de('Strassensozialarbeit', ['mobile-jugendarbeit-streetwork-zittau']),
	de('Streetwork', ['mobile-jugendarbeit-streetwork-zittau']),
	de('haeusliche Gewalt', HAEUSLICHE_GEWALT),
	de('Buergerpolizist', BUERGERPOLIZEI),
	de('Suchtpraevention', SUCHT),
	de('Taeter Opfer Ausgleich', ['taeter-opfer-ausgleich-oberlausitz']),
	de('Maennerberatung', ['maennerberatung-wendepunkt']),
	de('Gewaltschutz', HAEUSLICHE_GEWALT),
	de('Beratungsstelle Sucht', SUCHT),
	de('Suchtberatungsstellen', SUCHT),
	de('Drogenprobleme', SUCHT),
	de('Einbruchsschutz', EINBRUCH),
	de('Mobing', MOBBING),
	de('Polizie', POLIZEI),
	de('Suchberatung', SUCHT),
	de('Schuldenberatung', SCHULDEN),
	de('Bürgerpolizistin', BUERGERPOLIZEI),

	// English
	en('burglary protection', EINBRUCH),
	en('bullying', MOBBING),
	en('addiction counselling', SUCHT),
	en('community police officer', BUERGERPOLIZEI),
	en('My child is being bullied at school', MOBBING),
	en('my son smokes weed', SUCHT),
	en('drug addiction help', SUCHT),
	en('alcohol problem', SUCHT),
	en('someone broke into my house', EINBRUCH),
	en('burglary', EINBRUCH),
	en('domestic violence', HAEUSLICHE_GEWALT),
	en('my husband hits me', HAEUSLICHE_GEWALT),
	en('women shelter', ['frauen-und-kinderschutzhaus-oberlausitz-sued']),
	en('someone is stalking me', STALKING),
	en('scam call', BETRUG),
	en('fraud', BETRUG),
	en('grandparent scam', BETRUG),
	en('debt advice', SCHULDEN),
	en('I have debts', SCHULDEN),
	en('right-wing extremism', EXTREMISMUS),
	en('racist attack', RASSISMUS),
	en('child protection', KINDERSCHUTZ),
	en('youth office', ['jugendamt-aussenstelle-zittau']),
	en('youth club', JUGENDARBEIT),
	en('refugees', MIGRATION),
	en('advice for migrants', MIGRATION),
	en('victim support', OPFER),
	en('police station', POLIZEI),
	en('where is the police', POLIZEI),
	en('crisis counselling', KRISE),
	en('cyberbullying', MOBBING),
	en('self defence course', SELBSTVERTEIDIGUNG),
	en('I was robbed', OPFER),
	en('counseling for addiction', SUCHT),

	// Polish (with and without diacritics)
	pl('ochrona przed włamaniem', EINBRUCH),
	pl('ochrona przed wlamaniem', EINBRUCH),
	pl('mobbing', MOBBING),
	pl('poradnia uzależnień', SUCHT),
	pl('poradnia uzaleznien', SUCHT),
	pl('dzielnicowy', BUERGERPOLIZEI),
	pl('Moje dziecko jest nękane w szkole', MOBBING),
	pl('przemoc w szkole', MOBBING),
	pl('narkotyki', SUCHT),
	pl('mój syn pali marihuanę', SUCHT),
	pl('problem z alkoholem', SUCHT),
	pl('włamanie do mieszkania', EINBRUCH),
	pl('wlamanie', EINBRUCH),
	pl('przemoc domowa', HAEUSLICHE_GEWALT),
	pl('maz mnie bije', HAEUSLICHE_GEWALT),
	pl('dom dla kobiet', ['frauen-und-kinderschutzhaus-oberlausitz-sued']),
	pl('uporczywe nękanie', STALKING),
	pl('stalking', STALKING),
	pl('oszustwo', BETRUG),
	pl('oszustwo na wnuczka', BETRUG),
	pl('długi', SCHULDEN),
	pl('poradnia dłużników', SCHULDEN),
	pl('ekstremizm', EXTREMISMUS),
	pl('rasizm', RASSISMUS),
	pl('ochrona dzieci', KINDERSCHUTZ),
	pl('urząd ds. młodzieży', ['jugendamt-aussenstelle-zittau']),
	pl('klub młodzieżowy', JUGENDARBEIT),
	pl('uchodźcy', MIGRATION),
	pl('pomoc dla migrantów', MIGRATION),
	pl('pomoc ofiarom', OPFER),
	pl('policja', POLIZEI),
	pl('gdzie jest policja', POLIZEI),
	pl('kryzys psychiczny', KRISE),
	pl('samoobrona', SELBSTVERTEIDIGUNG),

	// Czech (with and without diacritics)
	cs('ochrana před vloupáním', EINBRUCH),
	cs('ochrana pred vloupanim', EINBRUCH),
	cs('šikana', MOBBING),
	cs('sikana', MOBBING),
	cs('protidrogová poradna', SUCHT),
	cs('protidrogova poradna', SUCHT),
	cs('okrskář', BUERGERPOLIZEI),
	cs('okrskar', BUERGERPOLIZEI),
	cs('Moje dítě je ve škole šikanováno', MOBBING),
	cs('drogy', SUCHT),
	cs('závislost na alkoholu', SUCHT),
	cs('muj syn kouri travu', SUCHT),
	cs('vloupání do bytu', EINBRUCH),
	cs('domácí násilí', HAEUSLICHE_GEWALT),
	cs('domaci nasili', HAEUSLICHE_GEWALT),
	cs('manžel mě bije', HAEUSLICHE_GEWALT),
	cs('azylový dům pro ženy', ['frauen-und-kinderschutzhaus-oberlausitz-sued']),
	cs('pronásledování', STALKING),
	cs('podvod', BETRUG),
	cs('podvodný telefonát', BETRUG),
	cs('dluhy', SCHULDEN),
	cs('dluhová poradna', SCHULDEN),
	cs('extremismus', EXTREMISMUS),
	cs('rasismus', RASSISMUS),
	cs('ochrana dětí', KINDERSCHUTZ),
	cs('úřad pro mládež', ['jugendamt-aussenstelle-zittau']),
	cs('klub pro mládež', JUGENDARBEIT),
	cs('uprchlíci', MIGRATION),
	cs('pomoc pro cizince', MIGRATION),
	cs('pomoc obětem', OPFER),
	cs('policie', POLIZEI),
	cs('kde je policie', POLIZEI),
	cs('krizová pomoc', KRISE),
	cs('sebeobrana', SELBSTVERTEIDIGUNG)
];

/** Met while tuning (after the baseline): a place or a second need next to a concept. */
JUDGED_QUERIES.push(
	{ q: 'Bürgerpolizist Hirschfelde', lang: 'de', relevant: ['buergerpolizist-hirschfelde'], added: true },
	{ q: 'Drogen an der Schule', lang: 'de', relevant: [...SUCHT, 'praeventionsteam-schule-jugend'], added: true },
	{ q: 'rechte Gewalt', lang: 'de', relevant: RASSISMUS, added: true },
	{ q: 'Notruf', lang: 'de', relevant: POLIZEI, added: true },
	{ q: 'police Hirschfelde', lang: 'en', relevant: ['buergerpolizist-hirschfelde'], added: true },
	{ q: 'policja Hirschfelde', lang: 'pl', relevant: ['buergerpolizist-hirschfelde'], added: true },
	{ q: 'policie Hirschfelde', lang: 'cs', relevant: ['buergerpolizist-hirschfelde'], added: true }
);
