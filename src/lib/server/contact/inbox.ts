import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../db/schema';
import type { ContactDelivery, ContactMessageTable, ContactStatus, ContactTopic } from '../db/tables/contact';

// The coordination's inbox of contact messages: the only queries of this table outside delivery.

export type InboxFilter = ContactStatus | 'all';

export interface InboxEntry {
	id: number;
	reference: string;
	topic: ContactTopic;
	/** The start of the message, for the list. */
	excerpt: string;
	status: ContactStatus;
	delivery: ContactDelivery;
	createdAt: string;
}

export interface InboxPage {
	entries: InboxEntry[];
	page: number;
	totalPages: number;
	counts: Record<ContactStatus, number>;
}

export const PAGE_SIZE = 20;
const EXCERPT_LENGTH = 120;

/** One page of the inbox, newest first. A page past the end gives the last one. */
export async function listInbox(
	db: Kysely<Database>,
	{ filter, page }: { filter: InboxFilter; page: number }
): Promise<InboxPage> {
	const counted = await db
		.selectFrom('contact_messages')
		.select(['status', (eb) => eb.fn.countAll<number>().as('count')])
		.groupBy('status')
		.execute();
	const counts: Record<ContactStatus, number> = { open: 0, handled: 0 };
	for (const row of counted) counts[row.status] = Number(row.count);
	const total = filter === 'all' ? counts.open + counts.handled : counts[filter];
	const totalPages = Math.max(1, Math.ceil(total / PAGE_SIZE));
	const current = Math.min(Math.max(1, page), totalPages);
	let query = db
		.selectFrom('contact_messages')
		.select(['id', 'reference', 'topic', 'message', 'status', 'delivery', 'created_at'])
		.orderBy('id', 'desc')
		.limit(PAGE_SIZE)
		.offset((current - 1) * PAGE_SIZE);
	if (filter !== 'all') query = query.where('status', '=', filter);
	const rows = await query.execute();
	return {
		entries: rows.map((r) => ({
			id: r.id,
			reference: r.reference,
			topic: r.topic,
			excerpt: excerpt(r.message),
			status: r.status,
			delivery: r.delivery,
			createdAt: r.created_at
		})),
		page: current,
		totalPages,
		counts
	};
}

/** A message as the coordination reads it; the citizen's own fields as the table stores them. */
export interface InboxMessage extends Pick<
	Selectable<ContactMessageTable>,
	| 'id'
	| 'reference'
	| 'topic'
	| 'message'
	| 'page'
	| 'name'
	| 'email'
	| 'phone'
	| 'locale'
	| 'status'
	| 'note'
	| 'delivery'
> {
	wantsReply: boolean;
	handledAt: string | null;
	handledByName: string | null;
	deliveryAttempts: number;
	deliveryError: string | null;
	deliveredAt: string | null;
	createdAt: string;
}

export async function getInboxMessage(db: Kysely<Database>, id: number): Promise<InboxMessage | null> {
	const row = await db
		.selectFrom('contact_messages as c')
		.leftJoin('users as u', 'u.id', 'c.handled_by')
		.select([
			'c.id',
			'c.reference',
			'c.topic',
			'c.message',
			'c.page',
			'c.name',
			'c.email',
			'c.phone',
			'c.wants_reply as wantsReply',
			'c.locale',
			'c.status',
			'c.handled_at as handledAt',
			'u.name as handledByName',
			'c.note',
			'c.delivery',
			'c.delivery_attempts as deliveryAttempts',
			'c.delivery_error as deliveryError',
			'c.delivered_at as deliveredAt',
			'c.created_at as createdAt'
		])
		.where('c.id', '=', id)
		.executeTakeFirst();
	return row ? { ...row, wantsReply: row.wantsReply === 1 } : null;
}

/** Marks a message handled (by whom, when) or open again; false when there is no such message. */
export async function setHandled(
	db: Kysely<Database>,
	{
		id,
		handled,
		coordinatorId,
		now = new Date()
	}: { id: number; handled: boolean; coordinatorId: number; now?: Date }
): Promise<boolean> {
	const result = await db
		.updateTable('contact_messages')
		.set(
			handled
				? { status: 'handled', handled_at: now.toISOString(), handled_by: coordinatorId }
				: { status: 'open', handled_at: null, handled_by: null }
		)
		.where('id', '=', id)
		.executeTakeFirst();
	return result.numUpdatedRows > 0n;
}

export async function saveNote(db: Kysely<Database>, id: number, note: string): Promise<boolean> {
	const result = await db.updateTable('contact_messages').set({ note }).where('id', '=', id).executeTakeFirst();
	return result.numUpdatedRows > 0n;
}

export async function deleteMessage(db: Kysely<Database>, id: number): Promise<boolean> {
	const result = await db.deleteFrom('contact_messages').where('id', '=', id).executeTakeFirst();
	return result.numDeletedRows > 0n;
}

function excerpt(message: string): string {
	const line = message.replace(/\s+/g, ' ').trim();
	return line.length > EXCERPT_LENGTH ? `${line.slice(0, EXCERPT_LENGTH - 1)}…` : line;
}
