import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<string, string | undefined, string>;

export type NewsKind = 'press_release' | 'event';
/** Entwurf, eingereicht (a partner's event awaiting approval), veröffentlicht, abgelehnt. */
export type NewsStatus = 'draft' | 'submitted' | 'published' | 'declined';
export type WheelchairAccess = 'yes' | 'no' | 'unknown';

/** A press release or an event on /aktuelles. Event columns stay null for press releases. */
export interface NewsItemTable {
	id: Generated<number>;
	kind: NewsKind;
	slug: string;
	title: string;
	teaser: string;
	/** Markdown, rendered sanitized on the server. */
	body: ColumnType<string, string | undefined, string>;
	status: ColumnType<NewsStatus, NewsStatus | undefined, NewsStatus>;
	/** The coordinator's reason, mailed to the submitter, when a partner's event was declined. */
	decline_reason: string | null;
	/** UTC ISO; set when first published. */
	published_at: string | null;
	author_id: number | null;
	/** The partner organization that submitted the event; null for the coordination's own items. */
	organization_id: number | null;
	/** UTC ISO. */
	starts_at: string | null;
	ends_at: string | null;
	place_name: string | null;
	place_address: string | null;
	registration_info: string | null;
	wheelchair_accessible: ColumnType<WheelchairAccess, WheelchairAccess | undefined, WheelchairAccess>;
	accessibility_note: string | null;
	/** SQLite boolean. */
	cancelled: ColumnType<number, number | undefined, number>;
	created_at: Timestamp;
	updated_at: Timestamp;
}

export interface NewsTables {
	news_items: NewsItemTable;
}
