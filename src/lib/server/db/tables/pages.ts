import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<string, string | undefined, string>;

/** One of the portal's own pages (Über den KPR, Impressum, …); its content is its newest revision. */
export interface PageTable {
	id: Generated<number>;
	slug: string;
	created_at: Timestamp;
}

/** A saved version of a page; rows are only ever appended. */
export interface PageRevisionTable {
	id: Generated<number>;
	page_id: number;
	title: string;
	/** Markdown. */
	body: string;
	/** Null for the portal's initial text or once the author's account was deleted. */
	author_id: number | null;
	/** The revision whose content this one brought back. */
	restored_from: number | null;
	created_at: Timestamp;
}

/** A report of the security analysis (Sicherheitsanalyse), a PDF. */
export interface SecurityReportTable {
	id: Generated<number>;
	title: string;
	year: number;
	file_name: string;
	content_type: string;
	/** Bytes. */
	size: number;
	data: Uint8Array;
	uploaded_by: number | null;
	created_at: Timestamp;
}

/** The video in German Sign Language (DGS) on the start page (BITV 2.0 § 4); at most one row, id 1. */
export interface SignLanguageVideoTable {
	id: number;
	content_type: string;
	size: number;
	/** What the video says, for everyone who cannot watch it. */
	transcript: string;
	uploaded_by: number | null;
	updated_at: Timestamp;
}

/** The video's bytes in pieces of VIDEO_CHUNK_BYTES, so that a range request reads only its pieces. */
export interface SignLanguageVideoChunkTable {
	video_id: number;
	position: number;
	data: Uint8Array;
}

export type TranslationLocale = 'en' | 'pl' | 'cs';

/** The page in another language, as the coordinator entered it; without one the German page is shown. */
export interface PageTranslationTable {
	page_id: number;
	locale: TranslationLocale;
	title: string;
	/** Markdown. */
	body: string;
	updated_by: number | null;
	updated_at: Timestamp;
}

export interface PagesTables {
	pages: PageTable;
	page_revisions: PageRevisionTable;
	page_translations: PageTranslationTable;
	security_reports: SecurityReportTable;
	sign_language_videos: SignLanguageVideoTable;
	sign_language_video_chunks: SignLanguageVideoChunkTable;
}
