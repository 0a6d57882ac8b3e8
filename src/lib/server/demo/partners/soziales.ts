import type { DemoPartner } from '../types';

export const soziales: DemoPartner[] = [
	{
		slug: 'mehrgenerationenhaus-weberhof',
		name: 'Mehrgenerationenhaus Weberhof',
		category: 'soziales',
		topics: ['nachbarschaft', 'medienpraevention', 'betrug-enkeltrick', 'integration'],
		targetGroups: ['senioren', 'eltern', 'alle'],
		languages: ['de', 'uk', 'leichte-sprache'],
		description:
			'Im Weberhof treffen sich Jung und Alt: beim Mittagstisch, in der Krabbelgruppe, im Repair-Café oder in der Computersprechstunde. Dort zeigen Jugendliche älteren Menschen, wie man Phishing-Mails erkennt, sichere Passwörter anlegt und sich gegen Betrug am Telefon wappnet.',
		offer: 'Offener Treff mit Mittagstisch, Computer- und Handysprechstunde für Seniorinnen und Senioren, Nachbarschaftshilfe-Börse, Deutsch-Café, Familienfrühstück.',
		address: 'Innere Weberstraße 38',
		phones: [['03583 7610-0', null]],
		email: 'weberhof@example.org',
		contacts: [['Doreen Walter', 'Koordinatorin', true]],
		opening: 'Mo-Fr 09:00-17:00; Sa 10:00-13:00 | Repair-Café am ersten Samstag im Monat',
		wheelchair: true,
		accessibility: 'Ebenerdiger Zugang, Aufzug, Induktionsschleife im Saal.'
	},
	{
		slug: 'seniorenbegegnungsstaette-zittau-sued',
		name: 'Seniorenbegegnungsstätte Zittau-Süd',
		category: 'soziales',
		topics: ['betrug-enkeltrick', 'einbruchschutz', 'verkehrssicherheit', 'nachbarschaft'],
		targetGroups: ['senioren'],
		description:
			'Die Begegnungsstätte ist ein beliebter Treffpunkt für ältere Menschen aus der Südvorstadt. Neben Kaffeenachmittagen und Gymnastik gibt es regelmäßig Vorträge mit dem Bürgerpolizisten: Wie erkenne ich den Enkeltrick, einen Schockanruf oder falsche Handwerker an der Tür? Wie sichere ich meine Wohnung gegen Einbruch?',
		offer: 'Kaffeenachmittage, Seniorengymnastik, Sicherheitsvorträge mit der Polizei, Sprechstunde des Bürgerpolizisten, Fahrdienst für Gehbehinderte nach Anmeldung.',
		address: 'Südstraße 8',
		phones: [['03583 7620-0', null]],
		email: 'begegnung-sued@example.org',
		contacts: [['Ingrid Hempel', 'Leiterin', true]],
		opening: 'Mo-Fr 09:00-16:00',
		wheelchair: true,
		accessibility: 'Ebenerdiger Eingang, Behindertenparkplatz vor dem Haus, barrierefreies WC.'
	},
	{
		slug: 'zittauer-tisch',
		name: 'Zittauer Tisch e.V. – Lebensmittelausgabe',
		shortName: 'Zittauer Tisch',
		category: 'soziales',
		topics: ['nachbarschaft', 'integration'],
		targetGroups: ['alle', 'zugewanderte', 'eltern'],
		languages: ['de', 'uk', 'ar', 'ru'],
		description:
			'Der Verein sammelt Lebensmittel von Supermärkten und Bäckereien der Region und gibt sie zweimal wöchentlich an Menschen mit geringem Einkommen aus. Bei der Ausgabe sind Ehrenamtliche da, die zuhören und bei Bedarf an Sozial- oder Schuldnerberatung weitervermitteln.',
		offer: 'Lebensmittelausgabe gegen geringen Kostenbeitrag, Kleiderkammer, Vermittlung an Beratungsstellen.',
		address: 'Äußere Weberstraße 14',
		phones: [['03583 7630-0', null]],
		email: 'zittauer-tisch@example.org',
		contacts: [['Hans-Jürgen Ullrich', 'Vorsitzender', false]],
		opening: 'Di,Fr 10:00-13:00 | Ausgabe mit gültigem Berechtigungsnachweis',
		wheelchair: true
	},
	{
		slug: 'quartiersmanagement-zittau-nord',
		name: 'Quartiersmanagement Zittau-Nord',
		category: 'soziales',
		topics: ['nachbarschaft', 'integration', 'kriminalpraevention'],
		targetGroups: ['alle'],
		languages: ['de', 'ar', 'uk'],
		description:
			'Das Quartiersbüro bringt Bewohnerinnen und Bewohner, Vermieter, Stadtverwaltung und Polizei in der Nordvorstadt zusammen. Gemeinsam werden dunkle Ecken, kaputte Beleuchtung und Orte, an denen sich Menschen unsicher fühlen, gesammelt und in die Sicherheitsanalyse des Präventionsrates eingebracht.',
		offer: 'Stadtteilspaziergänge zu Angsträumen, Nachbarschaftsfeste, Verfügungsfonds für kleine Projekte, Bewohnerversammlungen, Moderation bei Konflikten im Wohnumfeld.',
		address: 'Friedensstraße 12',
		locationName: 'Stadtteilbüro Nord',
		phones: [['03583 7640-0', null]],
		email: 'quartier-nord@example.org',
		contacts: [['Robert Schulze', 'Quartiersmanager', true]],
		opening: 'Mo 13:00-17:00; Mi 09:00-13:00; Do 13:00-18:00',
		wheelchair: false,
		accessibility: 'Drei Stufen am Eingang; Gespräche auf Wunsch im Stadtteilgarten.'
	},
	{
		slug: 'migrationsberatung-erwachsene-zittau',
		name: 'Migrationsberatung für Erwachsene Zittau',
		category: 'soziales',
		topics: ['integration', 'kriminalpraevention'],
		targetGroups: ['zugewanderte', 'frauen'],
		languages: ['de', 'en', 'ar', 'ru', 'uk', 'tr', 'vi'],
		description:
			'Die Migrationsberatung unterstützt erwachsene Zugewanderte in den ersten Jahren in Deutschland: bei Sprachkursen, Aufenthalt, Arbeit und Wohnung. Sie warnt auch vor unseriösen Vermietern und Arbeitgebern und hilft, wenn jemand ausgebeutet oder betrogen wurde.',
		offer: 'Beratung zu Integrationskursen und Anerkennung, Hilfe bei Behördenpost, Informationen zu Rechten als Arbeitnehmerin und Mieter, Vermittlung an Fachberatungsstellen, Sprechstunden mit Sprachmittlung.',
		address: 'Rosa-Luxemburg-Straße 6',
		phones: [['03583 7650-0', null]],
		email: 'mbe-zittau@example.org',
		contacts: [
			['Hanna Kowalczyk', 'Beraterin', true],
			['Ahmad Haddad', 'Berater (Arabisch)', false]
		],
		consultation: 'Mo,Do 09:00-12:00,13:00-16:00 | offene Sprechstunde',
		wheelchair: true
	},
	{
		slug: 'frauen-und-kinderschutzhaus-oberlausitz-sued',
		name: 'Frauen- und Kinderschutzhaus Oberlausitz-Süd',
		shortName: 'Frauenhaus',
		category: 'soziales',
		topics: ['haeusliche-gewalt', 'opferhilfe', 'gewaltpraevention'],
		targetGroups: ['frauen', 'kinder'],
		languages: ['de', 'en', 'ar', 'uk', 'ru', 'pl'],
		description:
			'Das Frauenhaus bietet Frauen und ihren Kindern, die vor häuslicher Gewalt fliehen, sofort einen sicheren Ort – Tag und Nacht. Die Adresse ist aus Schutzgründen geheim; der erste Kontakt läuft über das Telefon. Mitarbeiterinnen helfen beim Neuanfang: mit Behörden, Gericht, Wohnungssuche und Kinderbetreuung.',
		offer: 'Aufnahme rund um die Uhr, Schutzwohnungen für Frauen mit Kindern, psychosoziale Beratung, Begleitung zu Polizei und Amtsgericht, Nachbetreuung nach dem Auszug, ambulante Beratung für Frauen, die (noch) nicht ins Frauenhaus wollen.',
		address: null,
		phones: [['03583 7660-0', 'Aufnahme (rund um die Uhr)']],
		email: 'frauenhaus-oberlausitz-sued@example.org',
		contacts: [['Anja Böhme', 'Leiterin', false]],
		opening: 'Mo-So 00:00-24:00 | telefonisch rund um die Uhr erreichbar',
		wheelchair: true,
		accessibility: 'Ein barrierefreies Zimmer; die Adresse wird nur telefonisch mitgeteilt.'
	},
	{
		slug: 'teilhabeberatung-zittau',
		name: 'Teilhabeberatung Zittau – von Betroffenen für Betroffene',
		shortName: 'Teilhabeberatung',
		category: 'soziales',
		topics: ['integration', 'opferhilfe', 'gewaltpraevention'],
		targetGroups: ['menschen-mit-behinderung', 'eltern'],
		languages: ['de', 'dgs', 'leichte-sprache'],
		description:
			'Die Beraterinnen und Berater leben selbst mit einer Behinderung. Sie beraten unabhängig zu Leistungen, Assistenz und Wohnen und nehmen sich Zeit, wenn jemand in einer Einrichtung oder zu Hause Gewalt oder Übergriffe erlebt hat.',
		offer: 'Peer-Beratung, Unterstützung bei Anträgen auf Teilhabeleistungen, Beratung in Gebärdensprache und Leichter Sprache, Vermittlung an Opferberatung und Interventionsstelle.',
		address: 'Neustadt 32',
		phones: [['03583 7670-0', null]],
		email: 'teilhabeberatung-zittau@example.org',
		contacts: [['Markus Heinrich', 'Berater', true]],
		consultation: 'Di 09:00-15:00; Do 12:00-18:00 | Gebärdensprachdolmetschen nach Anmeldung',
		wheelchair: true,
		accessibility: 'Vollständig barrierefrei, Induktionsschleife, Blindenleitsystem bis zur Tür.'
	}
];

export const gesundheit: DemoPartner[] = [
	{
		slug: 'gesundheitsamt-sprechstelle-zittau',
		name: 'Gesundheitsamt des Landkreises Görlitz – Sprechstelle Zittau',
		shortName: 'Gesundheitsamt Zittau',
		category: 'gesundheit',
		topics: ['suchtpraevention', 'jugendschutz'],
		targetGroups: ['kinder', 'jugendliche', 'eltern', 'fachkraefte'],
		languages: ['de', 'en'],
		description:
			'Die Sprechstelle des Gesundheitsamts führt die Schuleingangsuntersuchungen durch, berät anonym zu sexuell übertragbaren Infektionen und koordiniert die Suchtprävention an Schulen im Raum Zittau.',
		offer: 'Kinder- und jugendärztlicher Dienst, anonyme HIV- und STI-Beratung, Materialien und Fortbildungen zu Suchtprävention, Beratung zu Impfungen.',
		address: 'Humboldtstraße 2',
		phones: [['03583 7710-0', null]],
		email: 'gesundheitsamt.zittau@example.org',
		opening: 'Di 08:00-12:00,13:00-17:30; Do 08:00-12:00,13:00-15:00',
		wheelchair: true
	},
	{
		slug: 'kreisklinikum-zittau-kinderschutzgruppe',
		name: 'Kreisklinikum Zittau – Kinderschutzgruppe und Gewaltopferambulanz',
		shortName: 'Gewaltopferambulanz',
		category: 'gesundheit',
		topics: ['haeusliche-gewalt', 'opferhilfe', 'gewaltpraevention'],
		targetGroups: ['kinder', 'frauen', 'fachkraefte'],
		languages: ['de', 'en', 'cs', 'pl'],
		description:
			'Die Kinderschutzgruppe des Klinikums klärt Verletzungen bei Kindern ab, wenn der Verdacht auf Misshandlung besteht. In der Gewaltopferambulanz können erwachsene Betroffene von häuslicher oder sexualisierter Gewalt Verletzungen gerichtsfest dokumentieren lassen – vertraulich und ohne dass sofort eine Anzeige erstattet werden muss.',
		offer: 'Vertrauliche Spurensicherung, Dokumentation von Verletzungen, Beratung von Ärztinnen, Kitas und Schulen bei Verdacht auf Kindesmisshandlung, Vermittlung an Beratungsstellen.',
		address: 'Görlitzer Straße 8',
		locationName: 'Kreisklinikum, Haus C, Notaufnahme',
		phones: [['03583 7720-0', 'Notaufnahme (rund um die Uhr)']],
		email: 'kinderschutz.klinikum@example.org',
		contacts: [['Dr. Franziska Richter', 'Oberärztin, Leiterin der Kinderschutzgruppe', true]],
		opening: 'Mo-So 00:00-24:00 | Notaufnahme',
		wheelchair: true
	},
	{
		slug: 'sozialpsychiatrischer-dienst-zittau',
		name: 'Sozialpsychiatrischer Dienst Zittau',
		category: 'gesundheit',
		topics: ['suchtpraevention', 'nachbarschaft', 'gewaltpraevention'],
		targetGroups: ['alle', 'menschen-mit-behinderung', 'fachkraefte'],
		description:
			'Der Dienst berät Menschen mit psychischen Erkrankungen oder Suchtproblemen, ihre Angehörigen und alle, die sich Sorgen um einen Menschen machen – auch Nachbarn und Vermieter. In akuten Krisen machen die Mitarbeitenden Hausbesuche.',
		offer: 'Beratung und Krisenintervention, Hausbesuche, Vermittlung in Behandlung und Wohnformen, Angehörigengruppe.',
		address: 'Humboldtstraße 2',
		locationName: 'Gesundheitsamt, 1. Obergeschoss',
		phones: [['03583 7730-0', null]],
		email: 'spdi.zittau@example.org',
		contacts: [['Kerstin Bauer', 'Sozialarbeiterin', false]],
		opening: 'Mo-Do 08:00-15:30; Fr 08:00-12:00',
		wheelchair: true,
		stale: true
	},
	{
		slug: 'fachstelle-suchtpraevention-zittau',
		name: 'Fachstelle für Suchtprävention – Regionalbüro Zittau',
		category: 'gesundheit',
		topics: ['suchtpraevention', 'jugendschutz', 'medienpraevention'],
		targetGroups: ['jugendliche', 'fachkraefte', 'eltern'],
		description:
			'Die Fachstelle entwickelt mit Schulen, Jugendclubs und Betrieben Angebote zur Vorbeugung von Sucht. In interaktiven Workshops geht es um Alkohol, Cannabis, Crystal und andere Drogen, aber auch um Gaming und Social Media – ohne erhobenen Zeigefinger.',
		offer: 'Workshops für Schulklassen ab Klasse 6, Mitmach-Parcours zu Alkohol und Drogen, Fortbildungen für Lehrkräfte und Ausbilder, Elternabende, Beratung von Festveranstaltern zum Jugendschutz.',
		address: 'Brüderstraße 11',
		locationName: 'im Haus der Suchtberatung',
		phones: [['03583 7740-0', null]],
		email: 'suchtpraevention-zittau@example.org',
		contacts: [['Lisa Möller', 'Präventionsfachkraft', true]],
		wheelchair: true
	}
];
