import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<string, string | undefined, string>;
type Defaulted<T> = ColumnType<T, T | undefined, T>;

export interface WorkingGroupMeetingTable {
	id: Generated<number>;
	group_id: number;
	title: string;
	/** ISO instants in UTC; forms and pages show them in Europe/Berlin. */
	starts_at: string;
	ends_at: string;
	location: string | null;
	video_url: string | null;
	/** Markdown. */
	agenda: Defaulted<string>;
	/** Markdown, written after the meeting. */
	minutes: Defaulted<string>;
	/** A cancelled meeting stays listed (and in feeds as CANCELLED), so calendars remove it. */
	cancelled_at: string | null;
	created_by: number | null;
	created_at: Timestamp;
	updated_at: Timestamp;
}

/** A file to a meeting's minutes, kept in the database and served to members only. */
export interface WorkingGroupAttachmentTable {
	id: Generated<number>;
	meeting_id: number;
	file_name: string;
	/** Detected from the file's content, never taken from the upload. */
	content_type: string;
	size: number;
	data: Uint8Array;
	uploaded_by: number | null;
	created_at: Timestamp;
}

export interface WorkingGroupAnnouncementTable {
	id: Generated<number>;
	group_id: number;
	author_id: number | null;
	title: string;
	/** Markdown. */
	body: string;
	created_at: Timestamp;
}

export interface WorkingGroupReplyTable {
	id: Generated<number>;
	announcement_id: number;
	author_id: number | null;
	/** Plain text. */
	body: string;
	created_at: Timestamp;
}

/** One secret calendar feed per person; revoking deletes the row, renewing replaces the hash. */
export interface CalendarFeedTokenTable {
	user_id: number;
	/** SHA-256 of the token; the token itself is shown once and then only lives in the person's calendar. */
	token_hash: Uint8Array;
	created_at: Timestamp;
}

export interface GroupTables {
	working_group_meetings: WorkingGroupMeetingTable;
	working_group_attachments: WorkingGroupAttachmentTable;
	working_group_announcements: WorkingGroupAnnouncementTable;
	working_group_replies: WorkingGroupReplyTable;
	calendar_feed_tokens: CalendarFeedTokenTable;
}
