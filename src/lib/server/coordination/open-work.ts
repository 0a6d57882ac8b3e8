import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { PageSlug } from '../../pages/slugs';
import type { Database } from '../db/schema';
import { getPage } from '../pages/pages';

// What waits for the coordination office, counted for /koordination: one query per kind of work.

export interface OpenWorkCounts {
	openMessages: number;
	undeliveredMessages: number;
	submittedEvents: number;
	openApplications: number;
	failedMails: number;
}

export async function countOpenWork(db: Kysely<Database>): Promise<OpenWorkCounts> {
	const [openMessages, undeliveredMessages, submittedEvents, openApplications, failedMails] = await Promise.all([
		countOpenMessages(db),
		countUndeliveredMessages(db),
		countSubmittedEvents(db),
		countOpenApplications(db),
		countFailedMails(db)
	]);
	return { openMessages, undeliveredMessages, submittedEvents, openApplications, failedMails };
}

async function countOpenMessages(db: Kysely<Database>): Promise<number> {
	return count(db.selectFrom('contact_messages').where('status', '=', 'open'));
}

/** Contact messages whose mail to the office did not go out. */
async function countUndeliveredMessages(db: Kysely<Database>): Promise<number> {
	return count(db.selectFrom('contact_messages').where('delivery', '=', 'failed'));
}

/** Partners' events waiting for approval. */
async function countSubmittedEvents(db: Kysely<Database>): Promise<number> {
	return count(db.selectFrom('news_items').where('status', '=', 'submitted'));
}

async function countOpenApplications(db: Kysely<Database>): Promise<number> {
	return count(db.selectFrom('partner_applications').where('status', '=', 'pending'));
}

/** Notifications that could not be mailed yet (they are tried again on the next run). */
async function countFailedMails(db: Kysely<Database>): Promise<number> {
	return count(db.selectFrom('notifications').where('sent_at', 'is', null).where('attempts', '>', 0));
}

export const LEGAL_PAGES = ['impressum', 'datenschutz', 'barrierefreiheit'] as const satisfies readonly PageSlug[];

export interface PagePlaceholders {
	slug: PageSlug;
	title: string;
	/** The bracketed template parts still in the text, e.g. "[Datum eintragen]". */
	placeholders: string[];
}

/** Legal pages that still hold bracketed parts of their template. */
export async function listUnfilledLegalPages(db: Kysely<Database>): Promise<PagePlaceholders[]> {
	const pages = await Promise.all(LEGAL_PAGES.map((slug) => getPage(db, slug)));
	return pages
		.map((page) => ({ slug: page.slug, title: page.title, placeholders: findPlaceholders(page.body) }))
		.filter((page) => page.placeholders.length > 0);
}

/** "[Datum eintragen]" is a placeholder; "[Formular](/kontakt)" is a Markdown link and "[x]" of a task list is not text to fill. */
export function findPlaceholders(markdown: string): string[] {
	return [...markdown.matchAll(/\[([^\]\n]{3,})\](?![([:])/g)].map((match) => match[0]);
}

/** How many rows the query's table and conditions select. */
async function count<TB extends keyof Database>(query: SelectQueryBuilder<Database, TB, object>): Promise<number> {
	const row = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
	return Number(row.n);
}
