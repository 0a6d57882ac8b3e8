import type { ColumnType, Generated } from 'kysely';

export type NotificationDelivery = 'immediate' | 'daily';

/** A mail owed to one person: sent at once or in the daily digest, according to their choice when queued. */
export interface NotificationTable {
	id: Generated<number>;
	user_id: number;
	delivery: NotificationDelivery;
	subject: string;
	/** Plain text, a few sentences. */
	body: string;
	/** Absolute URL of what the notification is about. */
	link: string;
	link_label: string;
	created_at: ColumnType<string, string | undefined, string>;
	sent_at: ColumnType<string | null, string | null | undefined, string | null>;
	attempts: ColumnType<number, number | undefined, number>;
}

export interface NotificationTables {
	notifications: NotificationTable;
}
