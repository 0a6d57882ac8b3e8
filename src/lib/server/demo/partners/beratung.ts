import type { DemoPartner } from '../types';

export const beratung: DemoPartner[] = [
	{
		slug: 'suchtberatung-zittau',
		name: 'Suchtberatungs- und Behandlungsstelle Zittau',
		shortName: 'Suchtberatung',
		category: 'beratung',
		topics: ['suchtpraevention', 'jugendschutz'],
		targetGroups: ['jugendliche', 'eltern', 'alle', 'fachkraefte'],
		languages: ['de', 'cs', 'ru'],
		description:
			'Die Beratungsstelle hilft Menschen, die Probleme mit Alkohol, Drogen wie Crystal Meth oder Cannabis, Medikamenten, Glücksspiel oder exzessiver Mediennutzung haben – und ihren Angehörigen. Die Beratung ist kostenlos, vertraulich und auf Wunsch anonym. Eltern, die sich Sorgen um ihr Kind machen, sind ausdrücklich willkommen.',
		offer: 'Offene Sprechstunde ohne Termin, Einzel- und Paargespräche, Angehörigengruppe, Vermittlung in Entgiftung und Therapie, ambulante Rehabilitation, Nachsorge, Frühintervention für junge Menschen nach einem ersten Drogenkonsum.',
		address: 'Brüderstraße 11',
		phones: [['03583 7510-0', 'Terminvergabe']],
		email: 'suchtberatung-zittau@example.org',
		contacts: [
			['Claudia Neumann', 'Leiterin, Suchttherapeutin', true],
			['Patrik Novák', 'Berater (auch auf Tschechisch)', true],
			['Elena Schmidt', 'Beraterin (auch auf Russisch)', false]
		],
		consultation: 'Mo 13:00-18:00; Di 09:00-12:00 | offene Sprechstunde ohne Termin; Do 09:00-12:00,13:00-16:00',
		wheelchair: true,
		accessibility: 'Ebenerdiger Zugang über den Innenhof, Klingel mit Gegensprechanlage.'
	},
	{
		slug: 'schuldner-und-insolvenzberatung-zittau',
		name: 'Schuldner- und Insolvenzberatung Zittau',
		shortName: 'Schuldnerberatung',
		category: 'beratung',
		topics: ['betrug-enkeltrick', 'kriminalpraevention'],
		targetGroups: ['alle', 'eltern', 'senioren'],
		languages: ['de', 'leichte-sprache'],
		description:
			'Wenn die Rechnungen sich stapeln, hilft die Schuldnerberatung, einen Überblick zu gewinnen und mit Gläubigern zu verhandeln. Sie prüft auch Forderungen, die nach Abofallen, Fake-Inkasso oder Betrug im Internet entstanden sind, und begleitet auf Wunsch durch das Verbraucherinsolvenzverfahren.',
		offer: 'Existenzsichernde Soforthilfe bei Pfändung und drohender Stromsperre, P-Konto-Bescheinigung, Haushaltsplan, Verhandlungen mit Gläubigern, Insolvenzberatung, Informationen in Leichter Sprache.',
		address: 'Johannisstraße 7',
		phones: [['03583 7520-0', null]],
		email: 'schuldnerberatung-zittau@example.org',
		contacts: [['Michael Becker', 'Schuldnerberater', true]],
		consultation: 'Di 09:00-12:00 | telefonische Sprechstunde; Do 13:00-17:00',
		wheelchair: false,
		accessibility: 'Beratungsräume im 2. Obergeschoss; Gespräche im Erdgeschoss nach Absprache möglich.'
	},
	{
		slug: 'opferberatung-ostsachsen-zittau',
		name: 'Opferberatung Ostsachsen – Beratungsbüro Zittau',
		category: 'beratung',
		topics: ['opferhilfe', 'extremismuspraevention', 'integration'],
		targetGroups: ['zugewanderte', 'jugendliche', 'alle'],
		languages: ['de', 'en', 'ar', 'ru', 'uk', 'pl'],
		description:
			'Die Opferberatung unterstützt Menschen, die wegen ihrer Herkunft, Hautfarbe, Religion, sexuellen Orientierung oder politischen Haltung angegriffen, bedroht oder beleidigt wurden – und Zeuginnen und Zeugen solcher Taten. Die Beratung ist parteilich für die Betroffenen, kostenlos und unabhängig von einer Anzeige.',
		offer: 'Beratung nach rechter, rassistischer und antisemitischer Gewalt, Begleitung zu Polizei, Ärztinnen und Gericht, Hilfe bei Anträgen auf Entschädigung, Vermittlung von Anwältinnen und Dolmetschern, Beratung des Umfelds.',
		address: 'Frauenstraße 22',
		phones: [['03583 7530-0', null]],
		email: 'opferberatung-zittau@example.org',
		contacts: [['Julia Brandt', 'Beraterin', false]],
		consultation: 'Mi 10:00-16:00 | und nach Vereinbarung, auch an einem Ort Ihrer Wahl',
		wheelchair: true
	},
	{
		slug: 'interventionsstelle-haeusliche-gewalt-zittau',
		name: 'Interventions- und Koordinierungsstelle gegen häusliche Gewalt und Stalking – Außenstelle Zittau',
		shortName: 'Interventionsstelle Zittau',
		category: 'beratung',
		topics: ['haeusliche-gewalt', 'opferhilfe', 'gewaltpraevention'],
		targetGroups: ['frauen', 'maenner', 'eltern'],
		languages: ['de', 'en', 'pl', 'cs', 'ar'],
		description:
			'Nach einem Polizeieinsatz wegen häuslicher Gewalt meldet sich die Interventionsstelle von sich aus bei den Betroffenen – mit deren Einverständnis schon am nächsten Tag. Sie berät zu Schutzmöglichkeiten, zum Gewaltschutzgesetz und zu Stalking und hilft, einen Sicherheitsplan für sich und die Kinder zu erstellen.',
		offer: 'Pro-aktive Beratung nach Polizeieinsätzen, Krisengespräche, Unterstützung bei Anträgen beim Amtsgericht, Begleitung zu Polizei und Gericht, Beratung bei Stalking und digitaler Gewalt, Sprachmittlung.',
		address: 'Klosterplatz 4',
		phones: [['03583 7540-0', 'Beratungstelefon']],
		email: 'interventionsstelle-zittau@example.org',
		contacts: [
			['Stefanie Krüger', 'Beraterin', true],
			['Ines Meier', 'Beraterin', false]
		],
		opening: 'Mo-Do 09:00-16:00; Fr 09:00-13:00',
		wheelchair: true,
		accessibility: 'Eingang ohne Schild zum Schutz der Ratsuchenden; Aufzug vorhanden.'
	},
	{
		slug: 'lichtblick-opferhilfe-zittau',
		name: 'Lichtblick Opferhilfe e.V. – Außenstelle Zittau',
		shortName: 'Lichtblick Opferhilfe',
		category: 'beratung',
		topics: ['opferhilfe', 'betrug-enkeltrick', 'haeusliche-gewalt'],
		targetGroups: ['alle', 'senioren', 'frauen'],
		description:
			'Ehrenamtliche Opferhelferinnen und Opferhelfer stehen Menschen zur Seite, die Opfer einer Straftat geworden sind: nach einem Wohnungseinbruch, einem Überfall, nach Betrug durch den Enkeltrick oder nach Gewalt in der Familie. Sie hören zu, begleiten zu Terminen und helfen beim Weg durch die Behörden.',
		offer: 'Persönliche Betreuung nach einer Straftat, Begleitung zu Polizei, Gericht und Ärzten, Hilfeschecks für eine anwaltliche Erstberatung, Unterstützung bei Anträgen nach dem Opferentschädigungsrecht, Vermittlung an Fachberatungsstellen.',
		address: 'Haberkornplatz 3',
		phones: [['03583 7550-0', 'Opfertelefon']],
		email: 'lichtblick-zittau@example.org',
		contacts: [
			['Wolfgang Pietsch', 'Außenstellenleiter (ehrenamtlich)', true],
			['Renate Kühn', 'Opferhelferin (ehrenamtlich)', false]
		],
		consultation: 'Mo 15:00-18:00 | Sprechstunde; Do 10:00-12:00',
		wheelchair: true
	},
	{
		slug: 'erziehungs-und-familienberatung-zittau',
		name: 'Erziehungs- und Familienberatungsstelle Zittau',
		shortName: 'Familienberatung',
		category: 'beratung',
		topics: ['mobbing', 'medienpraevention', 'gewaltpraevention', 'haeusliche-gewalt'],
		targetGroups: ['eltern', 'kinder', 'jugendliche'],
		languages: ['de', 'en', 'leichte-sprache'],
		description:
			'Ob Streit in der Familie, Trennung der Eltern, Ärger um Handy und Computerspiele oder ein Kind, das in der Schule gemobbt wird: Die Familienberatung hilft Eltern, Kindern und Jugendlichen, schwierige Situationen zu verstehen und gemeinsam Lösungen zu finden. Jugendliche können auch ohne ihre Eltern kommen.',
		offer: 'Erziehungsberatung, Trennungs- und Scheidungsberatung, Gruppen für Kinder aus Trennungsfamilien, Elternkurse zu Medienerziehung, Beratung bei Mobbing, Videosprechstunde.',
		address: 'Schillerstraße 5',
		phones: [['03583 7560-0', 'Anmeldung']],
		email: 'familienberatung-zittau@example.org',
		contacts: [['Dr. Karin Scholze', 'Leiterin, Psychologin', true]],
		opening: 'Mo-Do 08:00-17:00; Fr 08:00-13:00',
		wheelchair: true
	},
	{
		slug: 'verbraucherberatung-zittau',
		name: 'Verbraucherberatung Zittau',
		category: 'beratung',
		topics: ['betrug-enkeltrick', 'medienpraevention'],
		targetGroups: ['senioren', 'alle'],
		languages: ['de', 'pl'],
		description:
			'Die Verbraucherberatung hilft, wenn Sie an der Haustür, am Telefon oder im Internet über den Tisch gezogen wurden: bei untergeschobenen Verträgen, Fake-Shops, Phishing-Mails, teuren Gewinnversprechen und Kaffeefahrten. Vorträge für Seniorengruppen erklären die aktuellen Maschen – vom Enkeltrick bis zum falschen Bankmitarbeiter.',
		offer: 'Rechtsberatung zu Verträgen und Widerruf, Musterbriefe, Prüfung von Inkassoforderungen, Vorträge zu Betrug am Telefon und im Netz, Beratung für polnischsprachige Kundinnen und Kunden.',
		address: 'Neustadt 14',
		phones: [['03583 7570-0', null]],
		email: 'verbraucherberatung-zittau@example.org',
		consultation: 'Di 10:00-13:00,14:00-18:00; Do 10:00-13:00',
		wheelchair: true
	},
	{
		slug: 'maennerberatung-wendepunkt',
		name: 'Männerberatung und Täterarbeit „Wendepunkt“',
		shortName: 'Wendepunkt',
		category: 'beratung',
		topics: ['haeusliche-gewalt', 'gewaltpraevention'],
		targetGroups: ['maenner'],
		languages: ['de', 'ru'],
		description:
			'„Wendepunkt“ arbeitet mit Männern, die in ihrer Partnerschaft oder Familie gewalttätig geworden sind und damit aufhören wollen – freiwillig oder auf Auflage des Gerichts. Die Beratungsstelle ist zugleich Anlaufstelle für Männer, die selbst häusliche Gewalt erleben.',
		offer: 'Soziales Trainingsprogramm gegen häusliche Gewalt in Gruppen, Einzelberatung in Krisen, Beratung für von Gewalt betroffene Männer, Zusammenarbeit mit Interventionsstelle und Bewährungshilfe.',
		address: 'Bautzner Straße 31',
		phones: [['03583 7580-0', null]],
		email: 'wendepunkt-zittau@example.org',
		contacts: [['Sven Hartmann', 'Berater, Anti-Gewalt-Trainer', false]],
		consultation: 'Mo 16:00-19:00; Mi 09:00-12:00',
		wheelchair: false,
		stale: true
	},
	{
		slug: 'mobile-beratung-demokratie-oberlausitz',
		name: 'Mobile Beratung für Demokratie – Team Oberlausitz',
		category: 'beratung',
		topics: ['extremismuspraevention', 'integration', 'nachbarschaft'],
		targetGroups: ['fachkraefte', 'alle'],
		description:
			'Das Team berät Kommunen, Schulen, Vereine und engagierte Bürgerinnen und Bürger, die mit rechtsextremen Vorfällen, Verschwörungserzählungen oder Reichsbürgern konfrontiert sind. Es hilft, eine Situation einzuschätzen und eine gemeinsame Haltung vor Ort zu entwickeln.',
		offer: 'Vertrauliche Beratung bei Vorfällen, Workshops zu Argumentieren gegen Stammtischparolen, Unterstützung von Vereinen bei Satzung und Hausordnung, Moderation von Bürgerversammlungen.',
		address: 'Johannisstraße 16',
		phones: [['03583 7590-0', null]],
		email: 'mobile-beratung-oberlausitz@example.org',
		contacts: [['Felix Arnold', 'Berater', true]],
		wheelchair: false
	}
];
