import type { DemoPartner } from '../types';

export const jugendhilfe: DemoPartner[] = [
	{
		slug: 'jugendamt-aussenstelle-zittau',
		name: 'Jugendamt des Landkreises Görlitz – Außenstelle Zittau',
		shortName: 'Jugendamt Zittau',
		category: 'jugendhilfe',
		topics: ['jugendschutz', 'haeusliche-gewalt', 'gewaltpraevention'],
		targetGroups: ['kinder', 'jugendliche', 'eltern', 'fachkraefte'],
		languages: ['de', 'pl', 'cs', 'en'],
		description:
			'Der Allgemeine Soziale Dienst des Jugendamts ist für Familien aus Zittau und den umliegenden Gemeinden zuständig. Er berät Eltern in schwierigen Lebenslagen, vermittelt Hilfen zur Erziehung und geht jedem Hinweis auf eine Gefährdung des Kindeswohls nach – auch wenn Kinder häusliche Gewalt zwischen den Eltern miterleben.',
		offer: 'Beratung in Erziehungs- und Familienkrisen, Hilfen zur Erziehung, Kinderschutz-Hotline für Fachkräfte und Nachbarn, Beratung zu Umgang und Sorgerecht, Dolmetscher auf Anfrage.',
		address: 'Schliebenstraße 21',
		phones: [
			['03583 7200-0', 'Zentrale'],
			['03583 7200-99', 'Kinderschutz-Hotline']
		],
		email: 'jugendamt.zittau@example.org',
		contacts: [
			['Christine Seidel', 'Sachgebietsleiterin Allgemeiner Sozialer Dienst', true],
			['Mario Kunze', 'Sozialarbeiter', false]
		],
		opening: 'Mo,Mi 08:00-12:00; Di 08:00-12:00,13:00-18:00; Do 08:00-12:00,13:00-16:00; Fr 08:00-12:00',
		wheelchair: true,
		accessibility: 'Aufzug, barrierefreies WC, Behindertenparkplätze im Hof.'
	},
	{
		slug: 'jugendclub-kompass',
		name: 'Jugendclub „Kompass“',
		category: 'jugendhilfe',
		// Open youth work: every topic matters, none is the main one.
		mainTopics: [],
		topics: ['suchtpraevention', 'gewaltpraevention', 'extremismuspraevention', 'integration'],
		targetGroups: ['jugendliche'],
		languages: ['de', 'en'],
		description:
			'Der offene Treff in der Westvorstadt ist ein Ort für Jugendliche ab zwölf Jahren: Billard, Bandraum, Hausaufgabenecke und ein Team, das zuhört. Wer Stress zu Hause hat, mit Alkohol oder Drogen experimentiert oder sich ausgegrenzt fühlt, kann hier ohne Druck darüber reden.',
		offer: 'Offener Treff, Bandproberaum, Ferienfahrten, Gesprächsabende zu Drogen, Rassismus und Gewalt, Begleitung zu Beratungsstellen.',
		address: 'Äußere Weberstraße 52',
		phones: [['03583 7310-0', null]],
		email: 'jugendclub-kompass@example.org',
		contacts: [['Tobias Franke', 'Sozialpädagoge', true]],
		opening: 'Mo-Do 14:00-20:00; Fr 14:00-22:00',
		wheelchair: false,
		accessibility: 'Treff im Hochparterre, fünf Stufen ohne Rampe.'
	},
	{
		slug: 'jugendtreff-alte-feuerwache-hirschfelde',
		name: 'Jugendtreff „Alte Feuerwache“ Hirschfelde',
		category: 'jugendhilfe',
		// Open youth work: every topic matters, none is the main one.
		mainTopics: [],
		topics: ['suchtpraevention', 'gewaltpraevention'],
		targetGroups: ['jugendliche'],
		description:
			'Der Jugendtreff in der ehemaligen Feuerwache ist wegen des Umbaus des Gebäudes geschlossen. Die Angebote für Jugendliche in Hirschfelde übernimmt bis auf Weiteres die Mobile Jugendarbeit.',
		offer: 'Derzeit keine Angebote vor Ort.',
		address: 'Zittauer Straße 19',
		phones: [['03583 7311-0', null]],
		email: null,
		wheelchair: false,
		stale: true,
		status: 'archived'
	},
	{
		slug: 'mobile-jugendarbeit-streetwork-zittau',
		name: 'Mobile Jugendarbeit und Streetwork Zittau',
		shortName: 'Streetwork Zittau',
		category: 'jugendhilfe',
		topics: ['suchtpraevention', 'gewaltpraevention', 'jugendschutz', 'nachbarschaft'],
		targetGroups: ['jugendliche'],
		languages: ['de', 'en', 'ar'],
		serves: ['innenstadt', 'zittau-nord', 'zittau-ost', 'hirschfelde'],
		description:
			'Die Streetworkerinnen und Streetworker sind dort, wo sich junge Leute treffen: am Bahnhof, im Weinaupark, am Skatepark und abends auf dem Markt. Sie helfen bei Problemen mit Drogen und Alkohol, bei drohender Wohnungslosigkeit oder Ärger mit Polizei und Justiz – vertraulich und freiwillig.',
		offer: 'Aufsuchende Arbeit an Treffpunkten, Beratung zu Drogen und Safer Use, Begleitung zu Ämtern und Gerichtsterminen, Vermittlung bei Konflikten mit Anwohnern, Anlaufstelle mit Waschmaschine und Internet.',
		address: 'Neustadt 27',
		locationName: 'Anlaufstelle Neustadt',
		phones: [['03583 7320-0', 'Anlaufstelle']],
		email: 'streetwork-zittau@example.org',
		contacts: [
			['Nico Hahn', 'Streetworker', true],
			['Selma Yıldız', 'Streetworkerin', true]
		],
		opening: 'Di,Do 12:00-18:00 | Anlaufstelle; Mi,Fr 16:00-22:00 | unterwegs in der Stadt',
		wheelchair: true
	},
	{
		slug: 'schulsozialarbeit-zittau',
		name: 'Schulsozialarbeit Zittau – Lausitzer Jugendwerk e.V.',
		shortName: 'Schulsozialarbeit',
		category: 'jugendhilfe',
		topics: ['mobbing', 'gewaltpraevention', 'medienpraevention', 'jugendschutz'],
		targetGroups: ['kinder', 'jugendliche', 'eltern', 'fachkraefte'],
		description:
			'Sechs Schulsozialarbeiterinnen und Schulsozialarbeiter des Lausitzer Jugendwerks sind an Zittauer Grund-, Ober- und Berufsschulen tätig. Sie sind erste Anlaufstelle, wenn ein Kind gemobbt wird, nicht mehr zur Schule gehen will oder zu Hause etwas nicht stimmt, und arbeiten mit Klassen an einem respektvollen Umgang.',
		offer: 'Einzelberatung für Schülerinnen und Schüler, Klassenprojekte gegen Mobbing und Cybermobbing, Beratung von Eltern und Lehrkräften, Krisenintervention, Vermittlung ins Hilfesystem.',
		address: 'Innere Weberstraße 21',
		locationName: 'Geschäftsstelle Lausitzer Jugendwerk',
		phones: [['03583 7330-0', 'Geschäftsstelle']],
		email: 'schulsozialarbeit@example.org',
		contacts: [['Anne Vogel', 'Koordinatorin Schulsozialarbeit', true]],
		opening: 'Mo-Fr 08:00-16:00 | Geschäftsstelle (an den Schulen zu deren Sprechzeiten)',
		wheelchair: false,
		accessibility: 'Geschäftsstelle im 1. Obergeschoss ohne Aufzug; Beratung auch in den barrierefreien Schulen.'
	},
	{
		slug: 'jugendmigrationsdienst-zittau',
		name: 'Jugendmigrationsdienst Zittau',
		category: 'jugendhilfe',
		topics: ['integration', 'jugendschutz', 'extremismuspraevention'],
		targetGroups: ['jugendliche', 'zugewanderte'],
		languages: ['de', 'en', 'ar', 'uk', 'ru', 'tr'],
		description:
			'Der Jugendmigrationsdienst begleitet junge Menschen zwischen 12 und 27 Jahren mit Einwanderungsgeschichte auf dem Weg in Schule, Ausbildung und Beruf. Wer Anfeindungen oder rassistische Sprüche erlebt, findet hier ebenfalls Unterstützung.',
		offer: 'Individuelle Integrationsbegleitung, Hilfe bei Anerkennung von Zeugnissen, Bewerbungstraining, Gruppenangebote gegen Diskriminierung, Vermittlung an die Opferberatung.',
		address: 'Rosa-Luxemburg-Straße 6',
		phones: [['03583 7340-0', null]],
		email: 'jmd-zittau@example.org',
		contacts: [['Yusuf Demir', 'Berater', false]],
		consultation: 'Di 09:00-12:00,13:00-17:00; Do 13:00-17:00 | offene Sprechstunde',
		wheelchair: true
	},
	{
		slug: 'kinder-und-jugendnotdienst-oberlausitz',
		name: 'Kinder- und Jugendnotdienst Oberlausitz',
		category: 'jugendhilfe',
		topics: ['jugendschutz', 'haeusliche-gewalt', 'gewaltpraevention'],
		targetGroups: ['kinder', 'jugendliche'],
		languages: ['de', 'en'],
		description:
			'Kinder und Jugendliche, die nicht mehr nach Hause können oder wollen, finden hier Tag und Nacht einen sicheren Platz. Der Notdienst nimmt Kinder in Obhut, wenn ihnen zu Hause Gewalt droht, und sucht gemeinsam mit ihnen und dem Jugendamt nach einer Lösung.',
		offer: 'Inobhutnahme rund um die Uhr, telefonische Krisenberatung für Kinder, Jugendliche und Eltern, Notschlafplätze.',
		address: 'Görlitzer Straße 40',
		phones: [['03583 7350-0', 'Notdienst (rund um die Uhr)']],
		email: 'notdienst-oberlausitz@example.org',
		opening: 'Mo-So 00:00-24:00 | rund um die Uhr',
		wheelchair: true
	}
];

export const justiz: DemoPartner[] = [
	{
		slug: 'jugendgerichtshilfe-zittau',
		name: 'Jugendgerichtshilfe Zittau',
		shortName: 'Jugendhilfe im Strafverfahren',
		category: 'justiz',
		topics: ['kriminalpraevention', 'gewaltpraevention', 'jugendschutz'],
		targetGroups: ['jugendliche', 'eltern'],
		description:
			'Die Jugendgerichtshilfe begleitet Jugendliche und junge Erwachsene zwischen 14 und 21 Jahren, gegen die ein Strafverfahren läuft. Sie erklärt, wie das Verfahren abläuft, spricht mit dem Gericht über die Lebenssituation und sorgt dafür, dass Auflagen sinnvoll sind – vom Arbeitseinsatz bis zum sozialen Trainingskurs.',
		offer: 'Beratung vor der Hauptverhandlung, Begleitung zum Jugendgericht, Vermittlung von Arbeitsstunden, Anti-Gewalt-Training und Täter-Opfer-Ausgleich, Unterstützung der Eltern.',
		address: 'Schliebenstraße 21',
		locationName: 'Jugendamt, 2. Obergeschoss',
		phones: [['03583 7200-60', null]],
		email: 'jugendgerichtshilfe.zittau@example.org',
		contacts: [['Ralf Herzog', 'Sozialpädagoge Jugendgerichtshilfe', true]],
		consultation: 'Di 08:00-12:00,13:00-17:00 | und nach Vereinbarung',
		wheelchair: true
	},
	{
		slug: 'bewaehrungshilfe-zittau',
		name: 'Soziale Dienste der Justiz – Bewährungshilfe Zittau',
		shortName: 'Bewährungshilfe',
		category: 'justiz',
		topics: ['kriminalpraevention', 'suchtpraevention', 'gewaltpraevention'],
		targetGroups: ['maenner', 'frauen', 'jugendliche'],
		description:
			'Die Bewährungshelferinnen und Bewährungshelfer unterstützen Menschen, deren Strafe zur Bewährung ausgesetzt wurde oder die aus der Haft entlassen sind. Ziel ist ein Leben ohne neue Straftaten: mit Arbeit, Wohnung, geregelten Finanzen und, wo nötig, einer Suchtbehandlung.',
		offer: 'Begleitung während der Bewährungszeit, Hilfe bei Wohnungs- und Arbeitssuche, Vermittlung in Sucht- und Schuldnerberatung, Gruppenangebote zu Gewalt und Konflikten.',
		address: 'Lessingstraße 7',
		phones: [['03583 7410-0', 'Geschäftsstelle']],
		email: 'bewaehrungshilfe.zittau@example.org',
		contacts: [['Gabriele Sommer', 'Bewährungshelferin', false]],
		opening: 'Mo-Do 08:00-15:30; Fr 08:00-12:00',
		wheelchair: true
	},
	{
		slug: 'amtsgericht-zittau-rechtsantragstelle',
		name: 'Amtsgericht Zittau – Rechtsantragstelle',
		category: 'justiz',
		topics: ['haeusliche-gewalt', 'opferhilfe'],
		targetGroups: ['frauen', 'maenner', 'alle'],
		description:
			'Wer von häuslicher Gewalt oder Stalking betroffen ist, kann beim Amtsgericht Schutzanordnungen nach dem Gewaltschutzgesetz beantragen – etwa ein Kontakt- und Näherungsverbot oder die Zuweisung der gemeinsamen Wohnung. Die Rechtsantragstelle nimmt solche Anträge kostenfrei auf und erklärt die nächsten Schritte.',
		offer: 'Aufnahme von Anträgen nach dem Gewaltschutzgesetz, in Eilfällen am selben Tag, Auskunft zu Beratungshilfe und Prozesskostenhilfe, Informationen zum Ablauf familiengerichtlicher Verfahren.',
		address: 'Lessingstraße 3',
		phones: [['03583 7400-0', 'Zentrale']],
		email: 'rechtsantragstelle.zittau@example.org',
		opening: 'Mo-Fr 08:30-12:00; Di 13:00-15:30',
		wheelchair: true,
		accessibility: 'Eingang mit Rampe an der Gebäuderückseite, Aufzug; Sicherheitskontrolle am Eingang.'
	},
	{
		slug: 'taeter-opfer-ausgleich-oberlausitz',
		name: 'Täter-Opfer-Ausgleich Oberlausitz – Büro Zittau',
		shortName: 'TOA Oberlausitz',
		category: 'justiz',
		topics: ['opferhilfe', 'gewaltpraevention', 'kriminalpraevention'],
		targetGroups: ['jugendliche', 'alle'],
		languages: ['de', 'pl'],
		description:
			'Im Täter-Opfer-Ausgleich setzen sich Geschädigte und Beschuldigte mit Hilfe einer neutralen Vermittlerin an einen Tisch – freiwillig und vertraulich. Viele Betroffene erleben es als Entlastung, ihre Fragen stellen zu können; Wiedergutmachung wird verbindlich vereinbart und vom Gericht berücksichtigt.',
		offer: 'Vorgespräche mit beiden Seiten, vermittelte Ausgleichsgespräche, Vereinbarungen über Schadenswiedergutmachung, Beratung für Eltern minderjähriger Beteiligter.',
		address: 'Frauenstraße 14',
		phones: [['03583 7420-0', null]],
		email: 'toa-zittau@example.org',
		contacts: [['Birgit Lorenz', 'Mediatorin', true]],
		consultation: 'Mo,Mi 09:00-15:00 | nach Terminvereinbarung',
		wheelchair: false,
		stale: true
	}
];
