import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { listAllGuides } from '../guides/queries';
import { createGuide, saveGuideTranslation } from '../guides/service';
import type { GuideSettingsInput, GuideTextsInput } from '../guides/types';
import { GUIDE_TRANSLATIONS } from './guide-translations';

// The eight "Was tun bei …?" guides of the demo, written for the reader: short sentences, what to do
// first, when to call 110 or 112, and who in Zittau helps. Translations are in guide-translations.ts.

export interface DemoGuide extends Omit<GuideSettingsInput, 'published'> {
	slug: string;
	de: GuideTextsInput;
}

export const DEMO_GUIDES: DemoGuide[] = [
	{
		slug: 'mobbing',
		aboutDanger: false,
		topics: ['mobbing', 'medienpraevention'],
		partners: [
			'schulsozialarbeit-zittau',
			'praeventionsteam-schule-jugend',
			'erziehungs-und-familienberatung-zittau',
			'medienwerkstatt-zittau'
		],
		de: {
			title: 'Was tun bei Mobbing und Cybermobbing?',
			summary: 'Ihr Kind wird in der Schule oder im Internet gemobbt? So helfen Sie jetzt.',
			firstSteps: [
				'- Hören Sie Ihrem Kind ruhig zu. Sagen Sie: „Es ist nicht deine Schuld.“',
				'- Schreiben Sie auf, was passiert ist: wann, wo, wer.',
				'- Machen Sie Fotos vom Bildschirm (Screenshots) von Nachrichten und Posts.',
				'- Antworten Sie nicht auf die Nachrichten. Blockieren Sie die Absender.',
				'- Sprechen Sie mit der Klassenleitung oder der Schulsozialarbeit.'
			].join('\n'),
			emergency:
				'Rufen Sie **110**, wenn Ihr Kind bedroht, geschlagen oder erpresst wird. Rufen Sie **112**, wenn Ihr Kind verletzt ist oder sich etwas antun will.',
			keywords:
				'Mobbing, gemobbt, Cybermobbing, Gewalt an der Schule, Schulhof, Internet, WhatsApp, ausgelacht, ausgegrenzt, beleidigt, Kind'
		}
	},
	{
		slug: 'schockanruf-und-enkeltrick',
		aboutDanger: false,
		topics: ['betrug-enkeltrick'],
		partners: [
			'polizeiliche-beratungsstelle-zittau',
			'seniorensicherheitsberater-zittau',
			'verbraucherberatung-zittau',
			'buergerbank-oberlausitz-filiale-markt'
		],
		de: {
			title: 'Was tun nach einem Schockanruf oder Enkeltrick?',
			summary:
				'Jemand hat angerufen und Geld verlangt – als Enkel, Polizist oder Arzt? Legen Sie auf. So geht es weiter.',
			firstSteps: [
				'- Legen Sie auf. Die Polizei verlangt am Telefon nie Geld oder Schmuck.',
				'- Geben Sie nichts an Fremde an der Tür.',
				'- Rufen Sie Ihre Familie unter der Nummer an, die Sie kennen.',
				'- Haben Sie schon Geld gegeben? Rufen Sie sofort Ihre Bank an und lassen Sie Konten sperren.',
				'- Erstatten Sie Anzeige bei der Polizei – auch wenn nichts passiert ist.'
			].join('\n'),
			emergency:
				'Rufen Sie **110**, wenn ein Abholer gerade kommt oder noch in der Nähe ist. Die echte Polizei ruft nie mit der 110 an.',
			keywords:
				'Schockanruf, Enkeltrick, falsche Polizisten, falscher Polizist, Betrug, Telefon, Anruf, Oma, Opa, Senioren, Kaution, Abholer'
		}
	},
	{
		slug: 'haeusliche-gewalt',
		aboutDanger: true,
		topics: ['haeusliche-gewalt', 'opferhilfe'],
		partners: [
			'interventionsstelle-haeusliche-gewalt-zittau',
			'frauen-und-kinderschutzhaus-oberlausitz-sued',
			'maennerberatung-wendepunkt',
			'lichtblick-opferhilfe-zittau'
		],
		de: {
			title: 'Was tun bei häuslicher Gewalt?',
			summary:
				'Sie werden zu Hause geschlagen, bedroht oder eingesperrt? Sie sind nicht allein. Hilfe ist kostenlos.',
			firstSteps: [
				'- Bringen Sie sich und Ihre Kinder in Sicherheit.',
				'- Das Hilfetelefon **116 016** hilft Tag und Nacht, auch in Ihrer Sprache.',
				'- Lassen Sie Verletzungen beim Arzt oder im Krankenhaus ansehen und aufschreiben.',
				'- Die Polizei kann die gewalttätige Person für bis zu 14 Tage aus der Wohnung weisen.',
				'- Die Interventionsstelle ruft Sie nach einem Polizeieinsatz an und berät Sie.'
			].join('\n'),
			emergency:
				'Rufen Sie **110**, wenn Sie gerade bedroht oder geschlagen werden. Rufen Sie **112**, wenn jemand verletzt ist.',
			keywords:
				'häusliche Gewalt, geschlagen, Mann schlägt, Partner, Gewalt in der Familie, Frauenhaus, Gewaltschutz, bedroht, Wegweisung'
		}
	},
	{
		slug: 'sucht-in-der-familie',
		aboutDanger: false,
		topics: ['suchtpraevention'],
		partners: [
			'suchtberatung-zittau',
			'fachstelle-suchtpraevention-zittau',
			'selbsthilfegruppe-neuer-weg',
			'erziehungs-und-familienberatung-zittau'
		],
		de: {
			title: 'Was tun bei Sucht in der Familie?',
			summary: 'Jemand in Ihrer Familie trinkt, kifft oder spielt zu viel? Beratung hilft – auch Ihnen selbst.',
			firstSteps: [
				'- Sprechen Sie in einem ruhigen Moment darüber, nicht im Streit.',
				'- Sagen Sie, was Sie sehen und was Ihnen Sorgen macht. Machen Sie keine Vorwürfe.',
				'- Die Suchtberatung ist kostenlos und vertraulich – auch für Angehörige.',
				'- Passen Sie auch auf sich auf. Selbsthilfegruppen helfen Angehörigen.'
			].join('\n'),
			emergency:
				'Rufen Sie **112**, wenn jemand nicht mehr wach wird, schwer atmet oder nach Drogen oder Alkohol verwirrt ist.',
			keywords:
				'Sucht, Alkohol, trinkt, Drogen, kiffen, Cannabis, Crystal, Spielsucht, Suchtberatung, Angehörige, Sohn, Tochter'
		}
	},
	{
		slug: 'einbruch',
		aboutDanger: true,
		topics: ['einbruchschutz'],
		partners: [
			'polizeirevier-zittau',
			'polizeiliche-beratungsstelle-zittau',
			'schloss-und-riegel-sicherheitstechnik',
			'lichtblick-opferhilfe-zittau'
		],
		de: {
			title: 'Was tun nach einem Einbruch?',
			summary: 'Bei Ihnen wurde eingebrochen? So schützen Sie Spuren, sich selbst und Ihre Wohnung.',
			firstSteps: [
				'- Gehen Sie nicht hinein, wenn der Täter noch drin sein könnte.',
				'- Fassen Sie nichts an. Die Polizei sichert Spuren.',
				'- Schreiben Sie auf, was fehlt. Sperren Sie gestohlene Bank- und Handykarten.',
				'- Melden Sie den Schaden Ihrer Versicherung.',
				'- Die Polizei berät kostenlos, wie Sie Türen und Fenster sicherer machen.'
			].join('\n'),
			emergency:
				'Rufen Sie sofort **110**, wenn Sie einen Einbruch bemerken oder der Täter noch in der Nähe ist.',
			keywords:
				'Einbruch, eingebrochen, Einbrecher, Einbruchschutz, Wohnung, Haus, gestohlen, Diebstahl, Tür, Fenster'
		}
	},
	{
		slug: 'stalking',
		aboutDanger: true,
		topics: ['haeusliche-gewalt', 'opferhilfe'],
		partners: [
			'interventionsstelle-haeusliche-gewalt-zittau',
			'polizeirevier-zittau',
			'lichtblick-opferhilfe-zittau',
			'amtsgericht-zittau-rechtsantragstelle'
		],
		de: {
			title: 'Was tun bei Stalking?',
			summary: 'Jemand verfolgt Sie, lauert Ihnen auf oder schreibt Ihnen ständig? Stalking ist strafbar.',
			firstSteps: [
				'- Sagen Sie einmal klar: „Ich will keinen Kontakt.“ Danach antworten Sie nicht mehr.',
				'- Schreiben Sie alles auf: Datum, Uhrzeit, was passiert ist. Heben Sie Nachrichten auf.',
				'- Erzählen Sie Freunden, Familie und Arbeit davon.',
				'- Erstatten Sie Anzeige bei der Polizei.',
				'- Beim Amtsgericht können Sie ein Kontaktverbot beantragen.'
			].join('\n'),
			emergency: 'Rufen Sie **110**, wenn die Person vor Ihrer Tür steht, Ihnen folgt oder Sie bedroht.',
			keywords: 'Stalking, Stalker, verfolgt, Ex, Ex-Partner, auflauern, Nachrichten, Belästigung, Kontaktverbot'
		}
	},
	{
		slug: 'streit-in-der-nachbarschaft',
		aboutDanger: false,
		topics: ['nachbarschaft'],
		partners: [
			'quartiersmanagement-zittau-nord',
			'ordnungsamt-stadt-zittau',
			'taeter-opfer-ausgleich-oberlausitz',
			'buergerpolizist-innenstadt'
		],
		de: {
			title: 'Was tun bei Streit in der Nachbarschaft?',
			summary: 'Lärm, Müll, Parken oder ein böses Wort? Viele Streits lassen sich ohne Gericht lösen.',
			firstSteps: [
				'- Sprechen Sie die Nachbarn in Ruhe an. Oft wissen sie nichts von dem Problem.',
				'- Schreiben Sie auf, wann es stört.',
				'- Im Mietshaus: Sprechen Sie mit der Hausverwaltung.',
				'- Eine Schlichtung hilft, wenn Reden allein nicht klappt. Sie ist günstiger als ein Gericht.',
				'- Bei Lärm in der Nacht oder falsch geparkten Autos hilft das Ordnungsamt.'
			].join('\n'),
			emergency: 'Rufen Sie **110**, wenn der Streit gewalttätig wird oder jemand Sie bedroht.',
			keywords: 'Nachbar, Nachbarn, Nachbarschaft, Streit, Lärm, Ruhestörung, Schlichtung, Müll, Parken, Hund'
		}
	},
	{
		slug: 'rechte-parolen',
		aboutDanger: false,
		topics: ['extremismuspraevention'],
		partners: [
			'mobile-beratung-demokratie-oberlausitz',
			'opferberatung-ostsachsen-zittau',
			'integrations-und-gleichstellungsbeauftragte-zittau',
			'polizeirevier-zittau'
		],
		de: {
			title: 'Was tun bei rechten Parolen und Hetze?',
			summary:
				'Rassistische Sprüche, Hakenkreuze oder Hetze im Netz? Schweigen Sie nicht. So reagieren Sie und finden Hilfe.',
			firstSteps: [
				'- Bleiben Sie ruhig und bringen Sie sich nicht in Gefahr.',
				'- Stellen Sie sich an die Seite der angegriffenen Person. Fragen Sie: „Brauchen Sie Hilfe?“',
				'- Machen Sie Fotos von Schmierereien und Screenshots von Posts.',
				'- Volksverhetzung und Hakenkreuze sind strafbar. Zeigen Sie sie bei der Polizei an.',
				'- Die Opferberatung hilft Betroffenen von rechter und rassistischer Gewalt.'
			].join('\n'),
			emergency: 'Rufen Sie **110**, wenn jemand angegriffen oder bedroht wird.',
			keywords:
				'rechte Parolen, Rechtsextremismus, Nazis, rechte Szene, Rassismus, rassistisch, Hetze, Hakenkreuz, Volksverhetzung, rechte Gewalt'
		}
	}
];

/** Loads the demo guides, published and in four languages, into a database that has none yet. */
export async function seedDemoGuides(db: Kysely<Database>): Promise<void> {
	if ((await listAllGuides(db)).length > 0) return;
	for (const guide of DEMO_GUIDES) {
		const input = {
			...guide.de,
			aboutDanger: guide.aboutDanger,
			published: true,
			topics: guide.topics,
			partners: guide.partners
		};
		const { id } = await createGuide(db, input, null, guide.slug);
		for (const [locale, texts] of Object.entries(GUIDE_TRANSLATIONS[guide.slug] ?? {})) {
			await saveGuideTranslation(db, id, locale as 'en' | 'pl' | 'cs', texts, null);
		}
	}
}
