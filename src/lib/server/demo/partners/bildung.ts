import type { DemoPartner } from '../types';

export const schulen: DemoPartner[] = [
	{
		slug: 'grundschule-am-weinaupark',
		name: 'Grundschule am Weinaupark',
		category: 'schule',
		mainTopics: [],
		topics: ['gewaltpraevention', 'verkehrssicherheit', 'mobbing'],
		targetGroups: ['kinder', 'eltern'],
		languages: ['de', 'uk', 'ar'],
		description:
			'Die zweizügige Grundschule in der Ostvorstadt setzt auf ein friedliches Miteinander: Jede Klasse hat einen wöchentlichen Klassenrat, ausgebildete Streitschlichterinnen und Streitschlichter aus den vierten Klassen helfen in den Pausen. Elternbriefe gibt es auch auf Ukrainisch und Arabisch.',
		offer: 'Streitschlichterprogramm, Sozialtraining in Klasse 1 und 2, Radfahrausbildung in Klasse 4 gemeinsam mit der Verkehrswacht, Sprechstunde der Schulsozialarbeit, Elternabende zu Medien und Mobbing.',
		address: 'Weinaustraße 14',
		phones: [['03583 7081-0', 'Sekretariat']],
		email: 'gs-weinaupark@example.org',
		contacts: [
			['Petra Scholz', 'Schulleiterin', true],
			['Lena Hoffmann', 'Beratungslehrerin', false]
		],
		opening: 'Mo-Fr 07:00-15:30 | Sekretariat',
		wheelchair: true,
		accessibility: 'Aufzug im Hauptgebäude, barrierefreies WC.'
	},
	{
		slug: 'grundschule-hirschfelde',
		name: 'Grundschule Hirschfelde',
		category: 'schule',
		mainTopics: [],
		topics: ['verkehrssicherheit', 'gewaltpraevention'],
		targetGroups: ['kinder', 'eltern'],
		serves: ['dittelsdorf', 'drausendorf', 'schlegel', 'wittgendorf'],
		description:
			'Die Grundschule Hirschfelde wird von Kindern aus allen nördlichen Ortschaften besucht, viele kommen mit dem Schulbus. Deshalb übt die Schule das sichere Warten an der Haltestelle und das Verhalten im Bus regelmäßig mit dem Verkehrsunternehmen und dem Bürgerpolizisten.',
		offer: 'Busschule für Erstklässler, jährliche Schulwegbegehung mit Eltern, Projektwoche „Stark ohne Gewalt“, Hort im Haus bis 17 Uhr.',
		address: 'Schulstraße 4',
		phones: [['03583 7095-0', 'Sekretariat']],
		email: 'gs-hirschfelde@example.org',
		contacts: [['Uwe Richter', 'Schulleiter', true]],
		opening: 'Mo-Fr 07:00-14:00 | Sekretariat',
		wheelchair: false,
		accessibility: 'Altbau mit Stufen; das Erdgeschoss ist über eine Rampe am Hof erreichbar.'
	},
	{
		slug: 'oberschule-am-toepferberg',
		name: 'Oberschule am Töpferberg',
		category: 'schule',
		mainTopics: [],
		topics: ['mobbing', 'medienpraevention', 'gewaltpraevention', 'suchtpraevention'],
		targetGroups: ['jugendliche', 'eltern'],
		description:
			'Die Oberschule hat ein eigenes Konzept gegen Mobbing an der Schule: Vorfälle werden dokumentiert, Betroffene bekommen eine feste Vertrauensperson, und die Klasse arbeitet den Konflikt mit der Schulsozialarbeit auf. Ausgebildete Medienscouts aus Klasse 8 helfen Jüngeren bei Problemen in Klassenchats.',
		offer: 'Vertrauenslehrkräfte und Schulsozialarbeit, Medienscouts, Präventionstag mit Polizei und Suchtberatung in Klasse 7, Sprechstunde für Eltern nach Vereinbarung.',
		address: 'Töpferberg 9',
		phones: [['03583 7063-0', 'Sekretariat']],
		email: 'os-toepferberg@example.org',
		contacts: [
			['Martina Köhler', 'Schulleiterin', true],
			['Sebastian Fiedler', 'Vertrauenslehrer', true]
		],
		opening: 'Mo-Fr 07:15-15:00 | Sekretariat',
		wheelchair: true
	},
	{
		slug: 'oberschule-an-der-mandau',
		name: 'Oberschule an der Mandau',
		category: 'schule',
		mainTopics: [],
		topics: ['integration', 'extremismuspraevention', 'mobbing'],
		targetGroups: ['jugendliche', 'zugewanderte', 'eltern'],
		languages: ['de', 'uk', 'ar', 'ru'],
		description:
			'In der Nordvorstadt lernen Jugendliche aus über zwanzig Herkunftsländern zusammen. Die Schule führt Vorbereitungsklassen für Deutsch als Zweitsprache und veranstaltet jedes Jahr Demokratietage, an denen Schülerinnen und Schüler über Vorurteile, Rassismus und Hass im Netz diskutieren.',
		offer: 'DaZ-Vorbereitungsklassen, Demokratietage und Schülerparlament, Elterncafé mit Sprachmittlung, Patenschaften zwischen älteren und neuen Schülerinnen und Schülern.',
		address: 'Hammerschmiedtstraße 10',
		phones: [['03583 7072-0', 'Sekretariat']],
		email: 'os-mandau@example.org',
		contacts: [['Olga Wagner', 'Koordinatorin Deutsch als Zweitsprache', false]],
		opening: 'Mo-Fr 07:00-15:00 | Sekretariat',
		wheelchair: true,
		accessibility: 'Aufzug, Leitsystem für sehbehinderte Menschen im Erdgeschoss.'
	},
	{
		slug: 'gymnasium-am-theaterring',
		name: 'Gymnasium am Theaterring',
		category: 'schule',
		mainTopics: [],
		topics: ['medienpraevention', 'suchtpraevention', 'extremismuspraevention', 'mobbing'],
		targetGroups: ['jugendliche', 'eltern'],
		languages: ['de', 'en', 'pl', 'cs'],
		description:
			'Das Gymnasium pflegt Austausche mit Partnerschulen in Liberec und Bogatynia. Prävention ist fester Teil des Schuljahres: Ältere Schülerinnen und Schüler sind als Medienscouts und Suchtpräventionspeers ausgebildet und gestalten Projekttage für die jüngeren Klassen.',
		offer: 'Peer-Projekte zu Alkohol, Cannabis und Energydrinks, Medienscouts gegen Cybermobbing, Planspiel Demokratie, Beratungslehrerin für vertrauliche Gespräche.',
		address: 'Theaterring 3',
		phones: [['03583 7054-0', 'Sekretariat']],
		email: 'gymnasium-theaterring@example.org',
		contacts: [['Dr. Andreas Weber', 'Schulleiter', true]],
		opening: 'Mo-Fr 07:00-15:30 | Sekretariat',
		wheelchair: false,
		accessibility: 'Denkmalgeschützter Altbau ohne Aufzug; Unterricht im Erdgeschoss auf Anfrage.',
		stale: true
	},
	{
		slug: 'berufliches-schulzentrum-oberlausitz-sued',
		name: 'Berufliches Schulzentrum Oberlausitz-Süd',
		shortName: 'BSZ Oberlausitz-Süd',
		category: 'schule',
		mainTopics: [],
		topics: ['suchtpraevention', 'extremismuspraevention', 'integration', 'gewaltpraevention'],
		targetGroups: ['jugendliche', 'zugewanderte'],
		languages: ['de', 'en', 'ar'],
		description:
			'Die Berufsschule bildet in Handwerks-, Pflege- und kaufmännischen Berufen aus und bietet ein Berufsvorbereitungsjahr an. Viele Auszubildende sind gerade volljährig geworden – die Schulsozialarbeit unterstützt bei Schulden, Drogenproblemen und Konflikten im Ausbildungsbetrieb.',
		offer: 'Schulsozialarbeit an beiden Standorten, Berufsvorbereitung mit Sprachförderung, Workshops zu Drogen im Straßenverkehr und zu rechtsextremen Codes, Vermittlung an Sucht- und Schuldnerberatung.',
		address: 'Leipziger Straße 20',
		phones: [['03583 7110-0', 'Sekretariat']],
		email: 'bsz-oberlausitz-sued@example.org',
		contacts: [['Jana Pohl', 'Schulsozialarbeiterin', true]],
		opening: 'Mo-Do 07:00-15:30; Fr 07:00-13:00',
		wheelchair: true
	},
	{
		slug: 'foerderzentrum-am-hochwald',
		name: 'Förderzentrum am Hochwald',
		category: 'schule',
		mainTopics: [],
		topics: ['gewaltpraevention', 'verkehrssicherheit', 'mobbing'],
		targetGroups: ['kinder', 'jugendliche', 'menschen-mit-behinderung'],
		languages: ['de', 'dgs', 'leichte-sprache'],
		description:
			'Die Förderschule für Kinder und Jugendliche mit dem Förderschwerpunkt geistige Entwicklung arbeitet in kleinen Klassen. Selbstbehauptung gehört zum Lehrplan: Die Schülerinnen und Schüler üben, Grenzen zu setzen, Hilfe zu holen und sich im Straßenverkehr sicher zu bewegen.',
		offer: 'Selbstbehauptungstraining in Leichter Sprache, Mobilitätstraining für den Bus, Elternberatung, Informationen in Gebärdensprache auf Anfrage.',
		address: 'Hochwaldstraße 12',
		phones: [['03583 7120-0', 'Sekretariat']],
		email: 'foerderzentrum-hochwald@example.org',
		contacts: [['Susanne Lange', 'Schulleiterin', false]],
		opening: 'Mo-Fr 07:30-15:00',
		wheelchair: true,
		accessibility: 'Vollständig barrierefrei: Aufzug, Pflegeraum, taktile Wegeführung.'
	}
];

export const kitas: DemoPartner[] = [
	{
		slug: 'kita-sonnenblume',
		name: 'Kita „Sonnenblume“',
		category: 'kita',
		mainTopics: [],
		topics: ['gewaltpraevention', 'verkehrssicherheit'],
		targetGroups: ['kinder', 'eltern'],
		description:
			'Die Kindertagesstätte in der Südvorstadt betreut Krippen- und Kindergartenkinder. Ihr Kinderschutzkonzept ist mit dem Jugendamt abgestimmt; in der Gruppe lernen die Kinder spielerisch, dass ihr Körper ihnen gehört und dass sie „Nein“ sagen dürfen.',
		offer: 'Projekt „Mein Körper gehört mir“ für Vorschulkinder, Verkehrserziehung mit der Verkehrswacht, Elterngespräche bei Sorgen um ein Kind, Familiennachmittage.',
		address: 'Kantstraße 6',
		phones: [['03583 7140-0', null]],
		email: 'kita-sonnenblume@example.org',
		contacts: [['Katja Wolf', 'Leiterin', true]],
		opening: 'Mo-Fr 06:00-17:00',
		wheelchair: true
	},
	{
		slug: 'kita-mandauzwerge',
		name: 'Kita „Mandauzwerge“',
		category: 'kita',
		mainTopics: [],
		topics: ['integration', 'gewaltpraevention'],
		targetGroups: ['kinder', 'eltern', 'zugewanderte'],
		languages: ['de', 'ar', 'uk', 'vi'],
		description:
			'Die Sprach-Kita in Zittau-Nord begleitet viele Familien, die erst seit kurzem in Deutschland leben. Eine Sprachfachkraft unterstützt das Team; Aushänge und wichtige Elterninformationen gibt es mehrsprachig.',
		offer: 'Alltagsintegrierte Sprachförderung, Elterncafé mit Dolmetscherinnen, Begleitung bei Behördengängen rund um die Kita-Anmeldung, Kinderschutzfachkraft im Team.',
		address: 'Lessingstraße 15',
		phones: [['03583 7141-0', null]],
		email: 'kita-mandauzwerge@example.org',
		contacts: [['Mai Nguyen', 'Sprachfachkraft', true]],
		opening: 'Mo-Fr 06:30-16:30',
		wheelchair: false
	},
	{
		slug: 'integrative-kita-regenbogen',
		name: 'Integrative Kita „Regenbogen“',
		category: 'kita',
		mainTopics: [],
		topics: ['gewaltpraevention', 'integration'],
		targetGroups: ['kinder', 'eltern', 'menschen-mit-behinderung'],
		languages: ['de', 'dgs'],
		description:
			'In der integrativen Kita in der Westvorstadt spielen Kinder mit und ohne Behinderung zusammen. Zwei Erzieherinnen beherrschen die Deutsche Gebärdensprache, gehörlose Eltern werden ohne Umwege informiert.',
		offer: 'Integrationsplätze mit heilpädagogischer Förderung, Gebärdensprache im Alltag, Elternberatung zu Frühförderung, Kinderschutzkonzept.',
		address: 'Lindenstraße 9',
		phones: [['03583 7142-0', null]],
		email: 'kita-regenbogen@example.org',
		contacts: [['Sabine Günther', 'Leiterin', false]],
		opening: 'Mo-Fr 06:00-17:00',
		wheelchair: true,
		accessibility: 'Ebenerdig, breite Türen, Pflegebad.'
	},
	{
		slug: 'kita-kleine-strolche-hartau',
		name: 'Kita „Kleine Strolche“ Hartau',
		category: 'kita',
		mainTopics: [],
		topics: ['verkehrssicherheit', 'medienpraevention'],
		targetGroups: ['kinder', 'eltern'],
		description:
			'Die kleine Dorf-Kita liegt direkt an der Hauptstraße nach Oybin. Sicheres Verhalten am Straßenrand üben die Kinder deshalb vom ersten Tag an. Für Eltern lädt die Kita regelmäßig zu Abenden über Tablets, Fernsehen und Handys im Kleinkindalter ein.',
		offer: 'Verkehrstraining auf dem Kita-Gelände, Elternabende zu Bildschirmzeit, naturnahe Betreuung im Zittauer Gebirge.',
		address: 'Hartauer Hauptstraße 31',
		phones: [['03583 7143-0', null]],
		email: 'kita-hartau@example.org',
		opening: 'Mo-Fr 06:30-16:00',
		wheelchair: false,
		stale: true
	},
	{
		slug: 'kita-wiesenhuepfer-dittelsdorf',
		name: 'Kita „Wiesenhüpfer“ Dittelsdorf',
		category: 'kita',
		mainTopics: [],
		topics: ['verkehrssicherheit', 'gewaltpraevention'],
		targetGroups: ['kinder', 'eltern'],
		description:
			'Die Kita in Dittelsdorf wurde nach dem Umbau des alten Gemeindehauses wiedereröffnet und betreut Kinder aus den nördlichen Ortschaften.',
		offer: 'Krippe und Kindergarten, Waldtage, Verkehrserziehung.',
		address: 'Dittelsdorfer Dorfstraße 18',
		phones: [['03583 7144-0', null]],
		email: 'kita-dittelsdorf@example.org',
		opening: 'Mo-Fr 06:30-16:30',
		wheelchair: true,
		status: 'draft'
	}
];
