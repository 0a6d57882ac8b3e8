import type { DemoPartner } from '../types';
import { HIRSCHFELDER_ORTSCHAFTEN } from '../zittau';

export const vereine: DemoPartner[] = [
	{
		slug: 'seniorensicherheitsberater-zittau',
		name: 'Seniorensicherheitsberaterinnen und -berater Zittau',
		category: 'verein-ehrenamt',
		topics: ['betrug-enkeltrick', 'einbruchschutz', 'kriminalpraevention'],
		targetGroups: ['senioren'],
		description:
			'Ältere Ehrenamtliche, von der Polizei geschult, geben ihr Wissen an Gleichaltrige weiter: Woran erkenne ich den Enkeltrick oder einen Schockanruf? Was tun, wenn „Polizisten“ am Telefon nach Wertsachen fragen? Wie schütze ich mich vor Taschendieben und vor Einbruch? Sie kommen in Seniorenkreise, Kirchgemeinden und Hausgemeinschaften.',
		offer: 'Vorträge und Gesprächsrunden in Seniorentreffs zu Enkeltrick, Schockanrufen und Haustürbetrug, Hausbesuche auf Wunsch, Telefonkette gegen Betrugsanrufe, Notfallkarten für das Telefon.',
		address: 'Neustadt 32',
		locationName: 'Treffpunkt im Erdgeschoss',
		phones: [['03583 8010-0', 'Vermittlung']],
		email: 'seniorensicherheit@example.org',
		contacts: [
			['Gisela Hentschel', 'Seniorensicherheitsberaterin', true],
			['Manfred Rößler', 'Seniorensicherheitsberater', false]
		],
		consultation: 'Mi 14:00-16:00 | Telefonsprechstunde',
		wheelchair: true
	},
	{
		slug: 'verkehrswacht-zittau',
		name: 'Verkehrswacht Zittau e.V.',
		category: 'verein-ehrenamt',
		topics: ['verkehrssicherheit'],
		targetGroups: ['kinder', 'senioren', 'eltern'],
		description:
			'Die Verkehrswacht macht Zittauerinnen und Zittauer jeden Alters sicher im Straßenverkehr: Vorschulkinder lernen den Schulweg, Viertklässler legen die Radfahrprüfung ab, Seniorinnen und Senioren trainieren den Umgang mit dem Pedelec und frischen die Verkehrsregeln auf.',
		offer: 'Radfahrausbildung im Schonraum, Schulwegtraining, Pedelec-Kurse für Ältere, Rollator-Training am Bus, Sicherheitstrainings für junge Fahrerinnen und Fahrer.',
		address: 'Kantstraße 30',
		locationName: 'Verkehrsgarten',
		phones: [['03583 8020-0', null]],
		email: 'verkehrswacht-zittau@example.org',
		contacts: [['Bernd Scholz', 'Vorsitzender', true]],
		opening: 'Di,Do 14:00-17:00 | Verkehrsgarten (April bis Oktober)',
		wheelchair: true
	},
	{
		slug: 'budo-sportverein-zittau-selbstbehauptung',
		name: 'Budo-Sportverein Zittau e.V. – Selbstbehauptung und Selbstverteidigung',
		shortName: 'Budo-Sportverein',
		category: 'verein-ehrenamt',
		topics: ['gewaltpraevention', 'mobbing'],
		targetGroups: ['kinder', 'jugendliche', 'frauen'],
		description:
			'Neben Judo und Karate bietet der Verein Kurse, in denen Kinder lernen, selbstbewusst aufzutreten, sich bei Mobbing Hilfe zu holen und Konflikte ohne Gewalt zu lösen. Für Frauen und Mädchen gibt es Selbstverteidigungskurse, die auch Körpersprache und den Umgang mit Bedrohungen im öffentlichen Raum üben.',
		offer: 'Selbstbehauptungskurse für Grundschulkinder, Anti-Mobbing-Training für Schulklassen, Selbstverteidigung für Frauen, Judo und Karate für alle Altersgruppen.',
		address: 'Äußere Oybiner Straße 9',
		locationName: 'Sporthalle Süd',
		phones: [['03583 8030-0', null]],
		email: 'budo-zittau@example.org',
		contacts: [['Carsten Wünsche', 'Trainer, Selbstbehauptungskurse', true]],
		opening: 'Mo,Mi 16:00-20:00; Sa 10:00-12:00',
		wheelchair: false
	},
	{
		slug: 'sicherheitspartnerschaft-hirschfelde',
		name: 'Sicherheitspartnerschaft Hirschfelde und Ortschaften',
		category: 'verein-ehrenamt',
		topics: ['einbruchschutz', 'nachbarschaft', 'kriminalpraevention'],
		targetGroups: ['alle', 'senioren'],
		serves: HIRSCHFELDER_ORTSCHAFTEN.filter((code) => code !== 'hirschfelde'),
		description:
			'In der Sicherheitspartnerschaft arbeiten Bürgerinnen und Bürger aus Hirschfelde und den Ortschaften mit dem Bürgerpolizisten zusammen. Die Ehrenamtlichen achten in ihren Dörfern auf verdächtige Fahrzeuge und offene Scheunen, geben Hinweise an die Polizei weiter und informieren Nachbarn nach Einbrüchen, wie sie sich schützen können.',
		offer: 'Monatlicher Austausch mit dem Bürgerpolizisten, Info-Abende zu Einbruch und Diebstahl, Nachbarschafts-Whatsapp-Gruppen mit Verhaltensregeln, Ansprechpartner in jedem Ortsteil.',
		address: 'Zittauer Straße 5',
		locationName: 'Ortschaftsverwaltung Hirschfelde',
		phones: [['03583 8040-0', null]],
		email: 'sicherheitspartnerschaft-hirschfelde@example.org',
		contacts: [['Dieter Kretschmer', 'Sprecher', true]],
		wheelchair: false,
		stale: true
	},
	{
		slug: 'brueckenschlag-begegnung-dreilaendereck',
		name: 'Brückenschlag e.V. – Begegnung im Dreiländereck',
		shortName: 'Brückenschlag',
		category: 'verein-ehrenamt',
		topics: ['integration', 'extremismuspraevention'],
		targetGroups: ['zugewanderte', 'jugendliche', 'alle'],
		languages: ['de', 'pl', 'cs', 'en', 'uk'],
		description:
			'Der Verein bringt Menschen aus Deutschland, Polen, Tschechien und neu Zugezogene zusammen – beim Sprachcafé, bei grenzüberschreitenden Radtouren und Jugendbegegnungen. Wer sich kennt, hat weniger Vorurteile: Das ist die Idee hinter allen Angeboten.',
		offer: 'Sprachcafé jeden Donnerstag, deutsch-polnisch-tschechische Jugendbegegnungen, Patenschaften für Neuzugezogene, Workshops gegen Vorurteile.',
		address: 'Lindenstraße 22',
		phones: [['03583 8050-0', null]],
		email: 'brueckenschlag@example.org',
		contacts: [['Kateřina Dvořák', 'Projektleiterin', true]],
		consultation: 'Do 17:00-19:00 | Sprachcafé',
		wheelchair: true
	},
	{
		slug: 'medienwerkstatt-zittau',
		name: 'Medienwerkstatt Zittau e.V.',
		category: 'verein-ehrenamt',
		topics: ['medienpraevention', 'mobbing', 'jugendschutz'],
		targetGroups: ['jugendliche', 'eltern', 'fachkraefte'],
		description:
			'Medienpädagoginnen und -pädagogen des Vereins gehen in Schulen und Jugendclubs und sprechen über das, was in Klassenchats und sozialen Netzwerken passiert: Cybermobbing, Sexting, Cybergrooming und Kostenfallen in Spielen. Eltern erfahren an Medienabenden, wie sie ihre Kinder begleiten, ohne alles zu verbieten.',
		offer: 'Workshops zu Cybermobbing und Cybergrooming, Elternabende, Fortbildungen für Lehrkräfte, Videoprojekte mit Jugendlichen.',
		address: 'Johannisstraße 20',
		phones: [['03583 8060-0', null]],
		email: 'medienwerkstatt-zittau@example.org',
		contacts: [['Paul Seifert', 'Medienpädagoge', true]],
		wheelchair: false
	},
	{
		slug: 'selbsthilfegruppe-neuer-weg',
		name: 'Selbsthilfegruppe „Neuer Weg“ – Sucht',
		category: 'verein-ehrenamt',
		topics: ['suchtpraevention'],
		targetGroups: ['alle', 'eltern'],
		description:
			'Die Selbsthilfegruppe trifft sich wöchentlich im Gemeindesaal. Betroffene und Angehörige erzählen einander, wie sie mit Alkohol- oder Drogenproblemen umgehen.',
		offer: 'Wöchentlicher Gruppenabend, Gespräche unter vier Augen vor der ersten Teilnahme.',
		address: 'Klosterplatz 5',
		locationName: 'Gemeindesaal',
		phones: [['03583 8070-0', null]],
		email: null,
		consultation: 'Mi 18:30-20:00 | Gruppenabend',
		wheelchair: false,
		status: 'draft'
	}
];

export const kirche: DemoPartner[] = [
	{
		slug: 'ev-jugend-zittau-offener-jugendkeller',
		name: 'Evangelische Jugend Zittau – Offener Jugendkeller',
		category: 'kirche',
		topics: ['gewaltpraevention', 'extremismuspraevention', 'suchtpraevention'],
		targetGroups: ['jugendliche'],
		description:
			'Im Gewölbekeller unter dem Gemeindehaus treffen sich Jugendliche zum Kickern, Kochen und Reden – unabhängig davon, ob sie zur Kirche gehören. Das Team organisiert Projekte zu Zivilcourage und lädt zu Gesprächsabenden über Alkohol, Drogen und Gewalt ein.',
		offer: 'Offener Treff, Zivilcourage-Training, Jugendfreizeiten, Gesprächsangebote mit dem Jugendwart.',
		address: 'Johannisstraße 4',
		locationName: 'Gemeindehaus, Kellergeschoss',
		phones: [['03583 8110-0', null]],
		email: 'ev-jugend-zittau@example.org',
		contacts: [['Jonas Reichel', 'Jugendwart', true]],
		opening: 'Di,Fr 16:00-21:00',
		wheelchair: false,
		accessibility: 'Gewölbekeller über eine Treppe; Angebote im Gemeindesaal sind ebenerdig.'
	},
	{
		slug: 'kath-pfarrei-zittau-sozialsprechstunde',
		name: 'Katholische Pfarrei Zittau – Sozialsprechstunde',
		category: 'kirche',
		topics: ['integration', 'nachbarschaft', 'opferhilfe'],
		targetGroups: ['alle', 'zugewanderte', 'senioren'],
		languages: ['de', 'pl', 'cs'],
		description:
			'Die Sozialsprechstunde der Pfarrei ist offen für alle, die in einer Notlage ein offenes Ohr brauchen. Ehrenamtliche helfen beim Ausfüllen von Anträgen, vermitteln Besuchsdienste für einsame ältere Menschen und begleiten Betroffene zu Fachberatungsstellen.',
		offer: 'Sozialsprechstunde, Besuchsdienst für ältere und kranke Menschen, Hilfe bei Anträgen, Gottesdienste auch auf Polnisch und Tschechisch.',
		address: 'Klosterplatz 7',
		locationName: 'Pfarrhaus',
		phones: [['03583 8120-0', 'Pfarrbüro']],
		email: 'pfarrei-zittau@example.org',
		contacts: [['Pfarrer Tomasz Wiśniewski', 'Pfarrer', true]],
		consultation: 'Mo 15:00-17:00 | Sozialsprechstunde',
		wheelchair: true
	},
	{
		slug: 'notfallseelsorge-zittau',
		name: 'Notfallseelsorge und Krisenbegleitung Zittau',
		category: 'kirche',
		topics: ['opferhilfe'],
		targetGroups: ['alle'],
		description:
			'Die ökumenische Notfallseelsorge wird von Polizei und Rettungsdienst gerufen, wenn Menschen plötzlich mit einem Unglück, einem Verbrechen oder dem Tod eines Angehörigen konfrontiert sind. Seelsorgerinnen und Seelsorger bleiben in den ersten Stunden da und helfen, die nächsten Schritte zu gehen.',
		offer: 'Psychosoziale Akutbegleitung rund um die Uhr über Polizei und Rettungsleitstelle, Begleitung bei Todesnachrichten, Nachgespräche für Betroffene und Einsatzkräfte.',
		address: 'Klosterplatz 5',
		phones: [['03583 8130-0', 'Koordination (werktags)']],
		email: 'notfallseelsorge-zittau@example.org',
		contacts: [['Pfarrerin Ruth Albrecht', 'Koordinatorin', true]],
		wheelchair: true
	}
];

export const wirtschaft: DemoPartner[] = [
	{
		slug: 'gewerbeverein-zittauer-innenstadt',
		name: 'Gewerbeverein Zittauer Innenstadt e.V.',
		category: 'wirtschaft',
		topics: ['kriminalpraevention', 'nachbarschaft', 'jugendschutz'],
		targetGroups: ['gewerbetreibende', 'kinder'],
		description:
			'Die Händlerinnen und Händler der Innenstadt tauschen sich im Gewerbeverein über Ladendiebstahl, Taschendiebe an Markttagen und Vandalismus aus. Mehr als dreißig Geschäfte sind als Kinder-Schutzinseln gekennzeichnet: Kinder, die sich bedroht fühlen oder sich verlaufen haben, finden dort Hilfe.',
		offer: 'Kinder-Schutzinseln in Geschäften, Schulungen des Personals gegen Ladendiebstahl, gemeinsame Aktionen mit dem Bürgerpolizisten, Innenstadtfeste mit Jugendschutzkonzept.',
		address: 'Markt 9',
		phones: [['03583 8210-0', null]],
		email: 'gewerbeverein-zittau@example.org',
		contacts: [['Sabine Jäckel', 'Vorsitzende', true]],
		wheelchair: true
	},
	{
		slug: 'buergerbank-oberlausitz-filiale-markt',
		name: 'Bürgerbank Oberlausitz – Filiale Zittau Markt',
		category: 'wirtschaft',
		topics: ['betrug-enkeltrick', 'medienpraevention'],
		targetGroups: ['senioren', 'alle'],
		languages: ['de', 'pl', 'cs'],
		description:
			'Die Mitarbeitenden der Filiale sind geschult, Anzeichen für Enkeltrick und Schockanrufe zu erkennen: Wenn ältere Kundinnen und Kunden plötzlich hohe Bargeldbeträge abheben wollen, fragen sie behutsam nach und ziehen im Zweifel die Polizei hinzu. Außerdem informiert die Bank über Phishing und Betrug beim Online-Banking.',
		offer: 'Beratung zu sicherem Online-Banking, Kartensperre und Hilfe nach Betrug, Infoveranstaltungen für Seniorengruppen gemeinsam mit der Polizei.',
		address: 'Markt 15',
		phones: [['03583 8220-0', null]],
		email: 'filiale-markt@example.org',
		opening: 'Mo,Di,Do 09:00-12:30,14:00-18:00; Mi,Fr 09:00-12:30',
		wheelchair: true,
		accessibility: 'Automatische Tür, Schalter in Sitzhöhe.'
	},
	{
		slug: 'wohnungsgenossenschaft-zittau-sued',
		name: 'Wohnungsgenossenschaft Zittau-Süd eG',
		category: 'wirtschaft',
		topics: ['einbruchschutz', 'nachbarschaft'],
		targetGroups: ['alle', 'senioren'],
		description:
			'Die Genossenschaft bewirtschaftet rund 1.800 Wohnungen in der Südvorstadt und in der Ostvorstadt. Bei Sanierungen baut sie einbruchhemmende Wohnungstüren und Fenster ein, verbessert die Beleuchtung in Hauseingängen und Kellern und vermittelt bei Konflikten zwischen Nachbarn.',
		offer: 'Nachrüstung von Sicherheitstechnik, Nachbarschaftsbüro mit Konfliktberatung, Wohnungsanpassung für ältere Mitglieder, Hauswartservice.',
		address: 'Schliebenstraße 2',
		phones: [['03583 8230-0', 'Service']],
		email: 'service.wg-sued@example.org',
		contacts: [['Ute Franke', 'Sozialmanagerin', false]],
		opening: 'Mo,Mi 09:00-12:00; Di 09:00-12:00,13:00-18:00; Do 13:00-16:00',
		wheelchair: true
	},
	{
		slug: 'schloss-und-riegel-sicherheitstechnik',
		name: 'Schloss & Riegel Sicherheitstechnik Zittau GmbH',
		category: 'wirtschaft',
		topics: ['einbruchschutz'],
		targetGroups: ['alle', 'gewerbetreibende'],
		description:
			'Der Fachbetrieb baut geprüfte Sicherheitstechnik gegen Einbruch ein: Zusatzschlösser, Querriegel, abschließbare Fenstergriffe und einbruchhemmende Türen.',
		offer: 'Nachrüstung von Türen und Fenstern, Beratung zu Fördermitteln für Einbruchschutz, Notöffnungen.',
		address: 'Görlitzer Straße 60',
		phones: [['03583 8240-0', null]],
		email: 'schloss-riegel@example.org',
		opening: 'Mo-Fr 08:00-17:00',
		wheelchair: true,
		status: 'draft'
	}
];
