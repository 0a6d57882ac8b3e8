import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<string, string | undefined, string>;

/** "barrierefreiheit": a barrier reported through /kontakt or the accessibility feedback form. */
export type ContactTopic = 'allgemein' | 'beratung' | 'veranstaltung' | 'presse' | 'barrierefreiheit' | 'sonstiges';
export type ContactStatus = 'open' | 'handled';
/** Whether the mail to the coordination office went out; "failed" is shown as „nicht zugestellt“. */
export type ContactDelivery = 'pending' | 'sent' | 'failed';
export type ContactLocale = 'de' | 'en' | 'pl' | 'cs';

/** A message a citizen sent to the coordination office. */
export interface ContactMessageTable {
	id: Generated<number>;
	/** Shown to the sender as the reference number ("Vorgangsnummer"). */
	reference: string;
	topic: ContactTopic;
	message: string;
	/** Accessibility feedback: the page the barrier is on. */
	page: string | null;
	name: string | null;
	email: string | null;
	phone: string | null;
	/** SQLite boolean: the sender asked for an answer by email. */
	wants_reply: ColumnType<number, number | undefined, number>;
	/** The language of the form the message was sent with. */
	locale: ContactLocale;
	status: ColumnType<ContactStatus, ContactStatus | undefined, ContactStatus>;
	handled_at: string | null;
	handled_by: number | null;
	/** The coordinator's own note; never sent to anyone. */
	note: ColumnType<string, string | undefined, string>;
	delivery: ColumnType<ContactDelivery, ContactDelivery | undefined, ContactDelivery>;
	delivery_attempts: ColumnType<number, number | undefined, number>;
	delivery_error: string | null;
	delivered_at: string | null;
	created_at: Timestamp;
}

export interface ContactTables {
	contact_messages: ContactMessageTable;
}
