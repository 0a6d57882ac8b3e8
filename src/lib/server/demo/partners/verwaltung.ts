import type { DemoPartner } from '../types';
import { HIRSCHFELDER_ORTSCHAFTEN } from '../zittau';

export const verwaltung: DemoPartner[] = [
	{
		slug: 'kpr-zittau-koordinierungsstelle',
		name: 'Kommunaler Präventionsrat Zittau – Koordinierungsstelle',
		shortName: 'KPR Zittau',
		category: 'verwaltung',
		topics: [
			'kriminalpraevention',
			'nachbarschaft',
			'gewaltpraevention',
			'suchtpraevention',
			'extremismuspraevention'
		],
		targetGroups: ['alle', 'fachkraefte'],
		description:
			'Der Kommunale Präventionsrat ist der Zusammenschluss von Stadt, Polizei, Schulen, Jugendhilfe, sozialen Einrichtungen und engagierten Bürgerinnen und Bürgern für ein sicheres und lebenswertes Zittau. Die Koordinierungsstelle im Rathaus organisiert die Arbeitsgruppen, erstellt die Sicherheitsanalyse und ist Ansprechpartnerin für alle, die sich an Präventionsprojekten beteiligen möchten.',
		offer: 'Vernetzung der Partner, Geschäftsführung von Lenkungsgruppe und Arbeitsgruppen, Sicherheitsanalyse und Bürgerbefragung, Öffentlichkeitsarbeit, Beratung für Projektideen aus der Bürgerschaft.',
		address: 'Markt 1',
		locationName: 'Rathaus Zittau',
		phones: [['03583 7800-0', null]],
		email: 'kpr@example.org',
		contacts: [['Claudia Herrmann', 'Koordinatorin KPR', true]],
		opening: 'Mo-Do 08:00-16:00; Fr 08:00-12:00',
		wheelchair: true,
		accessibility: 'Aufzug am Seiteneingang des Rathauses (Johannisstraße).'
	},
	{
		slug: 'ordnungsamt-stadt-zittau',
		name: 'Ordnungsamt der Stadt Zittau',
		category: 'verwaltung',
		topics: ['jugendschutz', 'nachbarschaft', 'verkehrssicherheit'],
		targetGroups: ['alle', 'gewerbetreibende'],
		description:
			'Das Ordnungsamt kümmert sich um Sicherheit und Ordnung im Stadtgebiet: Der Gemeindliche Vollzugsdienst geht Hinweisen auf Lärm, wilden Müll und Falschparker nach, kontrolliert gemeinsam mit der Polizei die Einhaltung des Jugendschutzes bei Festen und in Verkaufsstellen und genehmigt Veranstaltungen.',
		offer: 'Annahme von Hinweisen und Beschwerden, Jugendschutzkontrollen, Genehmigung von Veranstaltungen und Sondernutzungen, Fundtiere, Gewerbeangelegenheiten.',
		address: 'Markt 1',
		locationName: 'Rathaus Zittau, Erdgeschoss',
		phones: [['03583 7810-0', null]],
		email: 'ordnungsamt@example.org',
		contacts: [['Steffen Graf', 'Sachgebietsleiter Gemeindlicher Vollzugsdienst', false]],
		opening: 'Mo,Mi 09:00-12:00; Di 09:00-12:00,13:00-18:00; Do 09:00-12:00,13:00-16:00; Fr 09:00-12:00',
		wheelchair: true
	},
	{
		slug: 'buergerservice-stadt-zittau',
		name: 'Bürgerservice der Stadt Zittau',
		shortName: 'Bürgerbüro',
		category: 'verwaltung',
		topics: ['haeusliche-gewalt', 'nachbarschaft', 'integration'],
		targetGroups: ['alle', 'zugewanderte'],
		languages: ['de', 'en', 'leichte-sprache'],
		description:
			'Im Bürgerservice erledigen Sie Ausweis, Reisepass, An- und Ummeldung, Führungszeugnis und Fundsachen. Menschen, die von Stalking oder häuslicher Gewalt bedroht sind, können hier eine Auskunftssperre im Melderegister beantragen, damit ihre neue Adresse nicht herausgegeben wird.',
		offer: 'Pass- und Meldeangelegenheiten, Auskunftssperre für gefährdete Personen, Fundbüro, Führungszeugnisse, Beglaubigungen, Termine online oder telefonisch.',
		address: 'Markt 1',
		locationName: 'Rathaus Zittau, Bürgerbüro',
		phones: [['03583 7820-0', 'Terminvereinbarung']],
		email: 'buergerservice@example.org',
		opening:
			'Mo 08:00-12:00; Di 08:00-18:00; Mi 08:00-12:00; Do 08:00-16:00; Fr 08:00-12:00; Sa 09:00-11:00 | Samstag nur mit Termin',
		wheelchair: true,
		accessibility: 'Bürgerbüro im Erdgeschoss, ebenerdiger Zugang, Ruhezone, Induktionsschleife am Schalter 1.'
	},
	{
		slug: 'ortschaftsverwaltung-hirschfelde',
		name: 'Ortschaftsverwaltung Hirschfelde',
		category: 'verwaltung',
		topics: ['nachbarschaft'],
		targetGroups: ['alle', 'senioren'],
		serves: HIRSCHFELDER_ORTSCHAFTEN.filter((code) => code !== 'hirschfelde'),
		description:
			'Die Ortschaftsverwaltung ist die Anlaufstelle der Stadtverwaltung für Hirschfelde und die umliegenden Ortschaften. Hier erreichen Sie den Ortsvorsteher, geben Anträge ab und melden Schäden an Straßen, Beleuchtung oder Spielplätzen.',
		offer: 'Bürgersprechstunde des Ortsvorstehers, Annahme von Anträgen für das Bürgerbüro, Sprechstunde des Bürgerpolizisten, Raumvergabe für Vereine.',
		address: 'Zittauer Straße 5',
		phones: [['03583 7830-0', null]],
		email: 'ortschaft-hirschfelde@example.org',
		contacts: [['Gerd Liebig', 'Ortsvorsteher', true]],
		opening: 'Di 09:00-12:00,14:00-18:00; Do 09:00-12:00',
		wheelchair: false,
		accessibility: 'Sitzungssaal im Obergeschoss ohne Aufzug; Sprechstunden im Erdgeschoss.',
		stale: true
	},
	{
		slug: 'integrations-und-gleichstellungsbeauftragte-zittau',
		name: 'Integrations- und Gleichstellungsbeauftragte der Stadt Zittau',
		category: 'verwaltung',
		topics: ['integration', 'haeusliche-gewalt', 'extremismuspraevention'],
		targetGroups: ['zugewanderte', 'frauen'],
		languages: ['de', 'en', 'ru'],
		description:
			'Die Beauftragte setzt sich für Chancengleichheit und ein respektvolles Zusammenleben ein. Sie koordiniert das Netzwerk gegen häusliche Gewalt, organisiert die Interkulturellen Wochen und ist Ansprechpartnerin bei Diskriminierung durch Behörden.',
		offer: 'Beratung bei Diskriminierung, Koordination des Runden Tisches gegen häusliche Gewalt, Interkulturelle Wochen, Aktionen zum Internationalen Frauentag, Förderung von Begegnungsprojekten.',
		address: 'Markt 1',
		locationName: 'Rathaus Zittau, Zimmer 214',
		phones: [['03583 7840-0', null]],
		email: 'integration-gleichstellung@example.org',
		contacts: [['Svetlana Fischer', 'Integrations- und Gleichstellungsbeauftragte', true]],
		consultation: 'Do 13:00-17:00 | und nach Vereinbarung',
		wheelchair: true
	}
];

export const sonstige: DemoPartner[] = [
	{
		slug: 'hochschule-oberlausitz-forschungsstelle-sicherheit',
		name: 'Hochschule Oberlausitz – Forschungsstelle Sicherheit im ländlichen Raum',
		shortName: 'Forschungsstelle Sicherheit',
		category: 'sonstige',
		topics: ['kriminalpraevention', 'nachbarschaft', 'extremismuspraevention'],
		targetGroups: ['fachkraefte'],
		languages: ['de', 'en', 'pl', 'cs'],
		description:
			'Die Forschungsstelle untersucht, wie sicher sich Menschen in Kleinstädten und Dörfern des Dreiländerecks fühlen und was tatsächlich passiert. Sie begleitet die Sicherheitsanalyse des Präventionsrates wissenschaftlich und wertet Bürgerbefragungen aus.',
		offer: 'Wissenschaftliche Begleitung von Präventionsprojekten, Bürgerbefragungen, Abschlussarbeiten von Studierenden der Sozialen Arbeit, Fachtage.',
		address: 'Theodor-Körner-Allee 24',
		phones: [['03583 7910-0', null]],
		email: 'sicherheitsforschung@example.org',
		contacts: [['Prof. Dr. Matthias Engel', 'Leiter der Forschungsstelle', true]],
		wheelchair: true
	},
	{
		slug: 'stadtbibliothek-zittau-medienwerkstatt',
		name: 'Stadtbibliothek Zittau – Medienwerkstatt',
		category: 'sonstige',
		topics: ['medienpraevention', 'betrug-enkeltrick'],
		targetGroups: ['kinder', 'jugendliche', 'senioren'],
		languages: ['de', 'en', 'pl', 'cs', 'uk', 'leichte-sprache'],
		description:
			'In der Medienwerkstatt der Bibliothek lernen Kinder, Fake News zu erkennen und ihre Privatsphäre in sozialen Netzwerken zu schützen. Für Ältere gibt es die Reihe „Sicher im Netz“ über Online-Banking, Phishing und Betrug per Messenger. Der Bestand umfasst Bücher in fünf Sprachen und in Leichter Sprache.',
		offer: 'Medienführerschein für Grundschulklassen, Kurse „Sicher im Netz“ für Seniorinnen und Senioren, Tablet-Sprechstunde, mehrsprachige Bücher.',
		address: 'Haberkornplatz 1',
		phones: [['03583 7920-0', 'Ausleihe']],
		email: 'stadtbibliothek@example.org',
		opening: 'Di,Do 10:00-18:00; Mi,Fr 10:00-16:00; Sa 10:00-12:00',
		wheelchair: true,
		accessibility: 'Aufzug zu allen Etagen, Lesegeräte für sehbehinderte Menschen.'
	},
	{
		slug: 'volkshochschule-dreilaendereck-zittau',
		name: 'Volkshochschule Dreiländereck – Regionalstelle Zittau',
		shortName: 'VHS Zittau',
		category: 'sonstige',
		topics: ['integration', 'gewaltpraevention', 'medienpraevention'],
		targetGroups: ['alle', 'zugewanderte', 'frauen'],
		languages: ['de', 'en', 'pl', 'cs', 'uk', 'ar'],
		description:
			'Die Volkshochschule bietet Integrations- und Sprachkurse, aber auch Kurse, die im Alltag schützen: Selbstbehauptung für Frauen, Erste Hilfe, sicheres Bezahlen im Internet und Polnisch oder Tschechisch für Nachbarn.',
		offer: 'Integrationskurse, Selbstbehauptungskurse für Frauen und Mädchen, Computerkurse zu Datenschutz und Online-Sicherheit, Sprachkurse Polnisch und Tschechisch.',
		address: 'Theaterring 8',
		phones: [['03583 7930-0', 'Kursanmeldung']],
		email: 'vhs-zittau@example.org',
		opening: 'Mo-Do 09:00-12:00,13:00-17:00',
		wheelchair: false,
		accessibility: 'Kursräume im 1. und 2. Obergeschoss; barrierefreie Kurse finden im Mehrgenerationenhaus statt.'
	},
	{
		slug: 'projekt-sicher-im-netz-2023',
		name: 'Projekt „Sicher im Netz“ 2023',
		category: 'sonstige',
		topics: ['medienpraevention'],
		targetGroups: ['senioren'],
		description:
			'Das Modellprojekt lief 2023 mit Förderung des Landes und ist abgeschlossen. Die Kursreihe wird in der Stadtbibliothek weitergeführt.',
		offer: 'Keine Angebote mehr.',
		address: 'Haberkornplatz 1',
		phones: [['03583 7920-0', null]],
		email: null,
		wheelchair: true,
		stale: true,
		status: 'archived'
	}
];
