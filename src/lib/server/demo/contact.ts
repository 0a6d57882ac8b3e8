import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { ContactMessageTable } from '../db/tables/contact';

const DAY_MS = 24 * 60 * 60 * 1000;

type DemoMessage = Omit<Insertable<ContactMessageTable>, 'created_at' | 'handled_at'> & {
	daysAgo: number;
	handledDaysAgo?: number;
};

// Fictional messages to the coordination office, all delivered already, so that the demo inbox is
// not empty and one handled message is past the 12-month retention period.
const MESSAGES: DemoMessage[] = [
	{
		reference: 'KPR-4F7K-2QXA',
		topic: 'beratung',
		message:
			'Guten Tag, unser Elternrat an der Grundschule Pethau möchte im Frühjahr einen Informationsabend zum Thema Cybermobbing anbieten. Können Sie uns eine Referentin oder einen Referenten vermitteln?',
		name: 'Claudia Beispiel',
		email: 'elternrat-pethau@example.org',
		wants_reply: 1,
		locale: 'de',
		daysAgo: 2
	},
	{
		reference: 'KPR-9HMT-6RWC',
		topic: 'barrierefreiheit',
		page: 'Partnernetzwerk, Filter „Ortsteil“',
		message: 'Mit meinem Screenreader höre ich nach dem Filtern nicht, wie viele Einträge gefunden wurden.',
		locale: 'de',
		daysAgo: 5
	},
	{
		reference: 'KPR-7BZP-3NEV',
		topic: 'veranstaltung',
		message:
			'Der Seniorenbeirat lädt am 14. März zu einer Veranstaltung gegen Enkeltrick und Schockanrufe ins Bürgerhaus ein. Können Sie den Termin bekannt machen?',
		name: 'Horst Muster',
		phone: '03583 512345',
		locale: 'de',
		status: 'handled',
		note: 'Termin an die Pressestelle weitergegeben.',
		daysAgo: 20,
		handledDaysAgo: 18
	},
	{
		reference: 'KPR-2JDS-8KUY',
		topic: 'allgemein',
		message: 'Dobrý den, je možné získat informace o prevenci také v češtině?',
		locale: 'cs',
		status: 'handled',
		daysAgo: 430,
		handledDaysAgo: 425
	}
];

/** Loads the demo messages into an empty inbox; an inbox with messages is left as it is. */
export async function seedDemoContactMessages(db: Kysely<Database>, now = new Date()): Promise<void> {
	const existing = await db.selectFrom('contact_messages').select('id').limit(1).executeTakeFirst();
	if (existing) return;
	const at = (days: number) => new Date(now.getTime() - days * DAY_MS).toISOString();
	await db
		.insertInto('contact_messages')
		.values(
			// Every row names every column: SQLite has no DEFAULT inside a multi-row VALUES list.
			MESSAGES.map(({ daysAgo, handledDaysAgo, ...message }) => ({
				...message,
				status: message.status ?? 'open',
				note: message.note ?? '',
				wants_reply: message.wants_reply ?? 0,
				created_at: at(daysAgo),
				handled_at: handledDaysAgo === undefined ? null : at(handledDaysAgo),
				delivery: 'sent' as const,
				delivery_attempts: 1,
				delivered_at: at(daysAgo)
			}))
		)
		.execute();
}
