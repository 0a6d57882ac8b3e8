import type { Kysely } from 'kysely';
import { getUserByEmail } from '../auth/users';
import type { Database } from '../db/schema';
import { parseBerlinDateTime, toBerlinInputValue } from '$lib/validation/berlin-time';
import type { EventDetails, NewsInput } from '../news/news-form';
import { createNewsItem, publishNewsItem, submitEvent } from '../news/service';
import { DEMO_ACCOUNTS } from './accounts';

// Fictional press releases and events of the KPR Zittau. Dates count from `today`, so the demo
// always has upcoming events, past ones and one partner submission waiting for approval.

const RATHAUS = { placeName: 'Rathaus Zittau, Bürgersaal', placeAddress: 'Markt 1, 02763 Zittau' };
const VERKEHRSGARTEN = {
	placeName: 'Verkehrsgarten der Verkehrswacht',
	placeAddress: 'Hammerschmiedtstraße 5, 02763 Zittau'
};

/** Loads the demo news once; a database that already has news keeps them. */
export async function seedDemoNews(db: Kysely<Database>, today = new Date()): Promise<void> {
	const existing = await db
		.selectFrom('news_items')
		.select((eb) => eb.fn.countAll<number>().as('count'))
		.executeTakeFirstOrThrow();
	if (Number(existing.count) > 0) return;
	const coordinator = await getUserByEmail(db, DEMO_ACCOUNTS.coordinator.email);
	const submitter = await getUserByEmail(db, DEMO_ACCOUNTS.associationAdmin.email);
	const association = await db
		.selectFrom('organizations')
		.select(['id'])
		.where('slug', '=', DEMO_ACCOUNTS.associationAdmin.organization.slug)
		.executeTakeFirst();
	if (!coordinator || !submitter || !association) throw new Error('Demo news need the demo accounts and partners');
	const at = (days: number, time: string) => berlin(today, days, time);
	const publishAs = (input: NewsInput, daysAgo: number) =>
		createNewsItem(db, input, { authorId: coordinator.id, publish: true, now: at(-daysAgo, '09:00') });

	await publishAs(SECURITY_ANALYSIS, 21);
	await publishAs(
		event(PRESENTATION, at(-21, '17:00'), at(-21, '19:00'), { ...RATHAUS, wheelchairAccessible: 'yes' }),
		35
	);
	await publishAs(SHOCK_CALLS, 9);
	await publishAs(event(INFO_EVENING, at(6, '18:00'), at(6, '19:30'), INFO_EVENING_PLACE), 9);
	await publishAs(event(PREVENTION_DAY, at(24, '10:00'), at(24, '16:00'), PREVENTION_DAY_PLACE), 5);
	await publishAs(
		event(PARENTS_EVENING, at(10, '19:00'), at(10, '20:30'), { ...PARENTS_EVENING_PLACE, cancelled: true }),
		12
	);

	const partnerEvent = { authorId: submitter.id, organizationId: association.id, now: at(-4, '11:00') };
	const coding = await submitEvent(
		db,
		event(BIKE_CODING, at(13, '14:00'), at(13, '17:00'), BIKE_CODING_PLACE),
		partnerEvent
	);
	await publishNewsItem(db, coding.id, at(-3, '08:30'));
	await submitEvent(db, event(SENIOR_TRAINING, at(30, '10:00'), at(30, '12:00'), SENIOR_TRAINING_PLACE), {
		...partnerEvent,
		now: at(-1, '16:00')
	});
}

/** `days` after today's date in Zittau, at the local time "HH:MM". */
function berlin(today: Date, days: number, time: string): Date {
	const day = new Date(`${toBerlinInputValue(today).slice(0, 10)}T00:00:00Z`);
	day.setUTCDate(day.getUTCDate() + days);
	return parseBerlinDateTime(`${day.toISOString().slice(0, 10)}T${time}`)!;
}

type Place = Pick<EventDetails, 'placeName' | 'placeAddress'> & Partial<EventDetails>;

function event(text: Omit<NewsInput, 'kind' | 'event'>, startsAt: Date, endsAt: Date, place: Place): NewsInput {
	return {
		...text,
		kind: 'event',
		event: {
			registrationInfo: null,
			wheelchairAccessible: 'unknown',
			accessibilityNote: null,
			cancelled: false,
			...place,
			startsAt,
			endsAt
		}
	};
}

const SECURITY_ANALYSIS: NewsInput = {
	kind: 'press_release',
	title: 'Sicherheitsanalyse für Zittau vorgestellt',
	teaser: 'Der Kommunale Präventionsrat hat die Ergebnisse der Sicherheitsanalyse vorgestellt. Sie zeigt, wo sich Zittauerinnen und Zittauer sicher fühlen – und wo nicht.',
	body: `Die Sicherheitsanalyse ist ein zentraler Bestandteil der kommunalen Präventionsarbeit. Über 1.200 Bürgerinnen und Bürger haben sich an der Befragung beteiligt; dazu kamen Auswertungen der Polizeidirektion Görlitz und Gespräche mit Schulen, Jugendhilfe und Vereinen.

## Die wichtigsten Ergebnisse

- Die meisten Befragten fühlen sich in ihrem Wohnumfeld sicher.
- Unsicher fühlen sich viele abends am Bahnhof und in schlecht beleuchteten Wegen.
- Ältere Menschen sorgen sich besonders um Betrug am Telefon („Enkeltrick“, Schockanrufe).

## Wie es weitergeht

Aus den Ergebnissen leitet der Präventionsrat Handlungsfelder ab, an denen Arbeitsgruppen mit den Netzwerkpartnern arbeiten. Die Koordinierungsstelle beantwortet Fragen unter [KPR@zittau.de](mailto:KPR@zittau.de).`,
	event: null
};

const PRESENTATION = {
	title: 'Sicherheitsanalyse: öffentliche Vorstellung der Ergebnisse',
	teaser: 'Die Koordinierungsstelle stellt die Ergebnisse der Sicherheitsanalyse vor und beantwortet Fragen der Bürgerinnen und Bürger.',
	body: 'Nach einem kurzen Vortrag besteht Gelegenheit zu Fragen und zum Gespräch mit Vertreterinnen und Vertretern von Stadt, Polizei und Netzwerkpartnern.'
};

const SHOCK_CALLS: NewsInput = {
	kind: 'press_release',
	title: 'Präventionsrat warnt vor Schockanrufen',
	teaser: 'In Zittau und Umgebung häufen sich Anrufe falscher Polizeibeamter. Der Präventionsrat und das Polizeirevier geben Tipps, wie Sie sich schützen.',
	body: `Die Anrufer geben sich als Polizeibeamte, Staatsanwälte oder Verwandte aus und behaupten, ein Angehöriger habe einen Unfall verursacht. Gegen eine „Kaution“ komme er frei.

**So schützen Sie sich:**

- Die Polizei ruft nie unter der Notrufnummer 110 an und verlangt nie Geld.
- Legen Sie auf und rufen Sie Ihre Angehörigen unter der Ihnen bekannten Nummer zurück.
- Übergeben Sie niemals Geld oder Wertsachen an Unbekannte.

Wer einen solchen Anruf erhalten hat, meldet ihn bitte dem Polizeirevier Zittau.`,
	event: null
};

const INFO_EVENING = {
	title: 'Info-Abend: Enkeltrick und Schockanruf – so schützen Sie sich',
	teaser: 'Das Polizeirevier Zittau und der Präventionsrat erklären, wie Betrüger am Telefon vorgehen und wie Sie und Ihre Angehörigen sich schützen.',
	body: 'Ein Präventionsberater der Polizei berichtet aus der Praxis. Im Anschluss beantworten wir Ihre Fragen. Angehörige und Pflegekräfte sind herzlich eingeladen.'
};
const INFO_EVENING_PLACE: Place = {
	...RATHAUS,
	registrationInfo: 'Der Eintritt ist frei. Eine Anmeldung ist nicht nötig.',
	wheelchairAccessible: 'yes',
	accessibilityNote: 'Aufzug am Seiteneingang Johannisstraße; barrierefreies WC im Erdgeschoss.'
};

const PREVENTION_DAY = {
	title: 'Präventionstag auf dem Markt',
	teaser: 'Netzwerkpartner des Präventionsrates stellen sich vor: Polizei, Verkehrswacht, Beratungsstellen, Schulen und Vereine – mit Mitmachangeboten für die ganze Familie.',
	body: `Am Präventionstag zeigen die Netzwerkpartner, was sie für ein sicheres Zittau tun.

- Fahrradparcours der Verkehrswacht
- Beratung zum Einbruchschutz
- Informationen zu Hilfe bei Sucht und häuslicher Gewalt`
};
const PREVENTION_DAY_PLACE: Place = {
	placeName: 'Markt Zittau',
	placeAddress: 'Markt, 02763 Zittau',
	wheelchairAccessible: 'yes',
	accessibilityNote: 'Ebenerdig; Kopfsteinpflaster auf Teilen des Platzes.'
};

const PARENTS_EVENING = {
	title: 'Elternabend: Sicher unterwegs im Netz',
	teaser: 'Was Kinder und Jugendliche online erleben und wie Eltern sie begleiten können.',
	body: 'Der Elternabend muss leider entfallen. Ein neuer Termin wird hier bekanntgegeben.'
};
const PARENTS_EVENING_PLACE: Place = {
	placeName: 'Oberschule am Töpferberg, Aula',
	placeAddress: 'Töpferberg 1, 02763 Zittau',
	wheelchairAccessible: 'no'
};

const BIKE_CODING = {
	title: 'Fahrradcodierung der Verkehrswacht',
	teaser: 'Die Verkehrswacht Zittau codiert Ihr Fahrrad kostenlos – das schreckt Diebe ab und hilft der Polizei, gestohlene Räder zurückzugeben.',
	body: 'Bitte bringen Sie einen Personalausweis und einen Eigentumsnachweis (Kaufbeleg) mit.'
};
const BIKE_CODING_PLACE: Place = {
	...VERKEHRSGARTEN,
	registrationInfo: 'Ohne Anmeldung; Wartezeiten sind möglich.',
	wheelchairAccessible: 'yes'
};

const SENIOR_TRAINING = {
	title: 'Sicher mobil im Alter: Training für Seniorinnen und Senioren',
	teaser: 'Ein Vormittag rund um Bus, Rollator und Pedelec: Die Verkehrswacht zeigt, wie ältere Menschen sicher unterwegs bleiben.',
	body: 'Mit praktischen Übungen im Verkehrsgarten und einem Gespräch mit der Zittauer Verkehrspolizei.'
};
const SENIOR_TRAINING_PLACE: Place = {
	...VERKEHRSGARTEN,
	registrationInfo: 'Anmeldung bis eine Woche vorher per E-Mail an die Verkehrswacht; höchstens 20 Personen.',
	wheelchairAccessible: 'unknown'
};
