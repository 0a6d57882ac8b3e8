import type { Kysely } from 'kysely';
import { getUserByEmail } from '../auth/users';
import type { Database } from '../db/schema';
import { parseBerlinDateTime, toBerlinInputValue } from '$lib/validation/berlin-time';
import type { EventDetails, NewsInput } from '../news/news-form';
import { createNewsItem, publishNewsItem, submitEvent } from '../news/service';
import { DEMO_ACCOUNTS } from './accounts';

import records from './news.json';
import type { JsonRecord } from './types';

// Fictional press releases and events of the KPR Zittau (the records: news.json). Dates count from
// `today`, so the demo always has upcoming events, past ones and one partner submission waiting for
// approval.

/** A day counted from today (negative: before it), at the local time "HH:MM" in Zittau. */
interface Moment {
	day: number;
	time: string;
}

type Place = Pick<EventDetails, 'placeName' | 'placeAddress'> & Partial<Omit<EventDetails, 'startsAt' | 'endsAt'>>;

interface DemoNews extends Omit<NewsInput, 'kind' | 'event'> {
	/** An event (else a press release): its day, from and to, and its place. */
	event?: { day: number; from: string; to: string; place: Place };
	/** Submitted by the demo association (an event), waiting for the coordinator until published. */
	submitted?: Moment;
	/** Published by the coordinator. */
	published?: Moment;
}

const RECORDS: JsonRecord<DemoNews>[] = records;
const DEMO_NEWS = RECORDS as DemoNews[];

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
	const at = ({ day, time }: Moment) => berlin(today, day, time);

	for (const { event, submitted, published, ...text } of DEMO_NEWS) {
		const input: NewsInput = event
			? {
					...text,
					kind: 'event',
					event: {
						registrationInfo: null,
						wheelchairAccessible: 'unknown',
						accessibilityNote: null,
						cancelled: false,
						...event.place,
						startsAt: at({ day: event.day, time: event.from }),
						endsAt: at({ day: event.day, time: event.to })
					}
				}
			: { ...text, kind: 'press_release', event: null };
		if (submitted) {
			const item = await submitEvent(db, input, {
				authorId: submitter.id,
				organizationId: association.id,
				now: at(submitted)
			});
			if (published) await publishNewsItem(db, item.id, at(published));
		} else {
			if (!published) throw new Error(`news.json: "${text.title}" is neither submitted nor published`);
			await createNewsItem(db, input, { authorId: coordinator.id, publish: true, now: at(published) });
		}
	}
}

/** `days` after today's date in Zittau, at the local time "HH:MM". */
function berlin(today: Date, days: number, time: string): Date {
	const day = new Date(`${toBerlinInputValue(today).slice(0, 10)}T00:00:00Z`);
	day.setUTCDate(day.getUTCDate() + days);
	return parseBerlinDateTime(`${day.toISOString().slice(0, 10)}T${time}`)!;
}
