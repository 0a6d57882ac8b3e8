import type { DemoPartner } from '../types';
import { HIRSCHFELDER_ORTSCHAFTEN } from '../zittau';

export const polizei: DemoPartner[] = [
	{
		slug: 'polizeirevier-zittau',
		name: 'Polizeirevier Zittau',
		category: 'polizei',
		topics: ['kriminalpraevention', 'einbruchschutz', 'verkehrssicherheit', 'haeusliche-gewalt', 'nachbarschaft'],
		targetGroups: ['alle'],
		languages: ['de', 'pl', 'cs', 'en'],
		description:
			'Das Polizeirevier Zittau der Polizeidirektion Görlitz ist rund um die Uhr für die Große Kreisstadt und alle ihre Ortsteile da. Hier nehmen Beamtinnen und Beamte Anzeigen auf – etwa nach einem Einbruch, einem Diebstahl oder bei häuslicher Gewalt – und von hier aus arbeiten die Bürgerpolizisten im Stadtgebiet. In akuten Notlagen wählen Sie immer den Notruf 110.',
		offer: 'Anzeigenaufnahme rund um die Uhr, Entgegennahme von Hinweisen und Zeugenaussagen, Wohnungsverweisung gewalttätiger Personen bei häuslicher Gewalt, Vermittlung an die Bürgerpolizisten und an die Polizeiliche Beratungsstelle, Auskünfte zur Verkehrssicherheit im Dreiländereck.',
		address: 'Hochwaldstraße 47',
		phones: [['03583 6210-0', 'Wache (rund um die Uhr)']],
		email: 'revier.zittau@example.org',
		contacts: [
			['Katrin Wendler', 'Präventionsbeauftragte des Reviers', true],
			['Thomas Riedel', 'Revierleiter', false]
		],
		opening: 'Mo-So 00:00-24:00 | Wache rund um die Uhr besetzt',
		wheelchair: true,
		accessibility: 'Ebenerdiger Zugang über den Hof, Klingel am Tor. Barrierefreies WC im Erdgeschoss.'
	},
	{
		slug: 'buergerpolizist-innenstadt',
		name: 'Bürgerpolizist Innenstadt',
		category: 'polizei',
		topics: ['nachbarschaft', 'kriminalpraevention', 'einbruchschutz', 'verkehrssicherheit'],
		targetGroups: ['alle', 'gewerbetreibende', 'senioren'],
		description:
			'Polizeihauptmeister Jens Kaiser ist der Bürgerpolizist für die Altstadt innerhalb des Rings. Er ist zu Fuß und mit dem Fahrrad rund um Markt, Neustadt und Klosterplatz unterwegs, kennt Händlerinnen, Anwohner und die abendlichen Treffpunkte und nimmt Hinweise auf, die nicht gleich den Notruf brauchen: wiederkehrende Ruhestörungen, Ärger im Hausflur, beschädigte Fahrräder oder verdächtige Beobachtungen.',
		offer: 'Bürgersprechstunde im Rathaus, Beratung für Geschäftsleute zu Ladendiebstahl und Einbruch, Sicherheitsrundgänge mit Anwohnerinnen und Anwohnern, Ansprechpartner für sichere Schulwege in der Altstadt.',
		address: 'Markt 1',
		locationName: 'Rathaus Zittau, Zimmer 012',
		phones: [['03583 6210-41', 'Bürgerpolizist']],
		email: 'buergerpolizei.innenstadt@example.org',
		contacts: [['Jens Kaiser', 'Bürgerpolizist, Polizeihauptmeister', true]],
		consultation: 'Di 14:00-17:00 | Bürgersprechstunde im Rathaus; Do 09:00-11:00',
		wheelchair: true,
		accessibility: 'Aufzug am Seiteneingang des Rathauses (Johannisstraße).'
	},
	{
		slug: 'buergerpolizistin-nord-west',
		name: 'Bürgerpolizistin Zittau-Nord und Zittau-West',
		category: 'polizei',
		topics: ['nachbarschaft', 'kriminalpraevention', 'jugendschutz', 'verkehrssicherheit'],
		targetGroups: ['alle', 'jugendliche', 'eltern'],
		serves: ['zittau-west', 'pethau'],
		description:
			'Polizeiobermeisterin Sandra Lehmann betreut als Bürgerpolizistin die Nordvorstadt rund um den Bahnhof, die Westvorstadt und Pethau. Sie ist regelmäßig an Haltestellen, Spielplätzen und Schulen präsent, sucht das Gespräch mit Jugendlichen und vermittelt bei Nachbarschaftsstreit, bevor er eskaliert.',
		offer: 'Sprechstunde im Stadtteilbüro Nord, Hausbesuche nach Absprache, Fahrradcodierung gegen Fahrraddiebstahl, Elternabende zu Jugendschutz und Schulwegsicherheit.',
		address: 'Friedensstraße 12',
		locationName: 'Stadtteilbüro Nord',
		phones: [['03583 6210-42', 'Bürgerpolizistin']],
		email: 'buergerpolizei.nord-west@example.org',
		contacts: [['Sandra Lehmann', 'Bürgerpolizistin, Polizeiobermeisterin', true]],
		consultation: 'Mo 15:00-17:00 | Stadtteilbüro Nord; Fr 09:00-11:00 | Fahrradcodierung nach Anmeldung',
		wheelchair: false,
		accessibility: 'Drei Stufen am Eingang; auf Wunsch kommt die Bürgerpolizistin zu Ihnen.'
	},
	{
		slug: 'buergerpolizist-sued-ost',
		name: 'Bürgerpolizist Zittau-Süd und Zittau-Ost',
		category: 'polizei',
		topics: ['nachbarschaft', 'betrug-enkeltrick', 'einbruchschutz', 'verkehrssicherheit'],
		targetGroups: ['senioren', 'alle', 'kinder'],
		serves: ['zittau-ost', 'hartau', 'eichgraben'],
		description:
			'Polizeihauptmeister Frank Zimmermann ist Bürgerpolizist für die Südvorstadt, die Ostvorstadt mit dem Weinaupark sowie für Hartau und Eichgraben. In den Seniorentreffs seines Bereichs warnt er regelmäßig vor Enkeltrick, Schockanrufen und falschen Polizeibeamten; an den Grundschulen begleitet er die Schulwegaktionen.',
		offer: 'Sprechstunde in der Seniorenbegegnungsstätte Süd, Vorträge zu Betrug an der Haustür und am Telefon, Tipps gegen Einbruch in Wohnung und Gartenlaube, Schulweg-Begehungen mit Eltern.',
		address: 'Südstraße 8',
		locationName: 'Seniorenbegegnungsstätte Zittau-Süd',
		phones: [['03583 6210-43', 'Bürgerpolizist']],
		email: 'buergerpolizei.sued-ost@example.org',
		contacts: [['Frank Zimmermann', 'Bürgerpolizist, Polizeihauptmeister', true]],
		consultation: 'Mi 10:00-12:00 | Seniorenbegegnungsstätte Zittau-Süd',
		wheelchair: true,
		accessibility: 'Ebenerdiger Eingang, Behindertenparkplatz vor dem Haus.'
	},
	{
		slug: 'buergerpolizist-hirschfelde',
		name: 'Bürgerpolizist für Hirschfelde und die Ortschaften',
		category: 'polizei',
		topics: ['nachbarschaft', 'einbruchschutz', 'kriminalpraevention'],
		targetGroups: ['alle', 'gewerbetreibende'],
		languages: ['de', 'pl'],
		serves: HIRSCHFELDER_ORTSCHAFTEN.filter((code) => code !== 'hirschfelde'),
		description:
			'Polizeiobermeister Marek Nowak ist der Bürgerpolizist für Hirschfelde, Dittelsdorf, Drausendorf, Schlegel und Wittgendorf. Im ländlichen Grenzraum an der Neiße geht es oft um Diebstahl von Werkzeug und Landmaschinen, Einbrüche in Scheunen und Gartenlauben und um die Zusammenarbeit mit der polnischen Polizei auf der anderen Flussseite.',
		offer: 'Sprechstunde in der Ortschaftsverwaltung Hirschfelde, Beratung von Landwirten und Handwerksbetrieben zur Sicherung von Geräten, Teilnahme an Ortschaftsratssitzungen, Gespräche auch auf Polnisch.',
		address: 'Zittauer Straße 5',
		locationName: 'Ortschaftsverwaltung Hirschfelde',
		phones: [['03583 6210-44', 'Bürgerpolizist']],
		email: 'buergerpolizei.hirschfelde@example.org',
		contacts: [['Marek Nowak', 'Bürgerpolizist, Polizeiobermeister', true]],
		consultation: 'Do 15:00-18:00 | Ortschaftsverwaltung Hirschfelde',
		wheelchair: false,
		stale: true
	},
	{
		slug: 'polizeiliche-beratungsstelle-zittau',
		name: 'Polizeiliche Beratungsstelle Zittau',
		shortName: 'Kriminalpolizeiliche Beratung',
		category: 'polizei',
		topics: ['einbruchschutz', 'betrug-enkeltrick', 'kriminalpraevention', 'medienpraevention'],
		targetGroups: ['alle', 'senioren', 'gewerbetreibende'],
		description:
			'Die Beratungsstelle der Polizeidirektion Görlitz berät kostenlos und neutral, wie Sie sich vor Straftaten schützen. Schwerpunkt ist der Einbruchschutz: Fachberater kommen auf Wunsch zu Ihnen nach Hause und zeigen, welche Tür, welches Fenster und welche Nachrüstung wirklich etwas bringt. Außerdem informiert die Stelle über Betrugsmaschen wie den Enkeltrick, Schockanrufe, falsche Polizeibeamte und Betrug im Internet.',
		offer: 'Einbruchschutzberatung vor Ort, Vorträge für Seniorengruppen und Vereine, Infomaterial zu Enkeltrick, Schockanrufen und Online-Betrug, Beratung für Geschäfte und Praxen, Liste geprüfter Fachbetriebe für Sicherungstechnik.',
		address: 'Hochwaldstraße 47',
		locationName: 'Polizeirevier Zittau, Haus B',
		phones: [['03583 6210-50', 'Beratungstelefon']],
		email: 'beratung.zittau@example.org',
		contacts: [
			['Heike Schubert', 'Fachberaterin Einbruchschutz', true],
			['Ronny Bergmann', 'Fachberater Betrugsprävention', false]
		],
		consultation: 'Mi 09:00-12:00,13:00-15:00 | Termine auch bei Ihnen zu Hause',
		wheelchair: true
	},
	{
		slug: 'praeventionsteam-schule-jugend',
		name: 'Präventionsteam Schule und Jugend der Polizeidirektion Görlitz',
		shortName: 'Präventionsteam Schule',
		category: 'polizei',
		topics: ['mobbing', 'medienpraevention', 'suchtpraevention', 'gewaltpraevention', 'jugendschutz'],
		targetGroups: ['kinder', 'jugendliche', 'eltern', 'fachkraefte'],
		description:
			'Die Präventionsbeamtinnen und -beamten gehen in Zittauer Schulen und Jugendeinrichtungen. Sie sprechen mit Klassen über Mobbing an der Schule und Cybermobbing, über Drogen wie Crystal und Cannabis, über Gewalt auf dem Schulhof und darüber, was strafbar ist – vom weitergeleiteten Nacktbild bis zur Körperverletzung.',
		offer: 'Unterrichtseinheiten ab Klasse 3, Projekttage zu Mobbing und Medien, Elternabende, Fortbildungen für Lehrkräfte und Schulsozialarbeit, Unterstützung bei akuten Vorfällen an Schulen.',
		address: 'Hochwaldstraße 47',
		phones: [['03583 6210-60', null]],
		email: 'praevention.schule@example.org',
		contacts: [['Daniel Krause', 'Präventionsbeamter, Polizeioberkommissar', true]],
		wheelchair: true
	},
	{
		slug: 'bundespolizeirevier-zittau',
		name: 'Bundespolizeirevier Zittau',
		category: 'polizei',
		topics: ['kriminalpraevention', 'verkehrssicherheit', 'nachbarschaft'],
		targetGroups: ['alle', 'jugendliche'],
		languages: ['de', 'pl', 'cs', 'en'],
		description:
			'Die Bundespolizei ist in Zittau für den Bahnhof, die Bahnanlagen und den Grenzraum zu Polen und Tschechien zuständig. Sie warnt Schulklassen vor den Gefahren an Gleisen und Oberleitungen und nimmt Anzeigen zu Vorfällen in Zügen und am Bahnhof entgegen.',
		offer: 'Anzeigenaufnahme für Vorfälle an Bahnanlagen, Bahnsicherheitsunterricht für Schulklassen, Informationen für Reisende im Dreiländereck, Ansprechpartner bei Diebstahl im Zug.',
		address: 'Schrammstraße 3',
		phones: [['03583 6340-0', 'Wache']],
		email: 'bundespolizei.zittau@example.org',
		opening: 'Mo-So 00:00-24:00 | rund um die Uhr erreichbar',
		wheelchair: true
	}
];
