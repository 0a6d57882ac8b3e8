import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<string, string | undefined, string>;

/** A guide for a life situation ("Was tun bei …?"); its German text is its newest revision. */
export interface GuideTable {
	id: Generated<number>;
	slug: string;
	/** SQLite boolean: the page opens with the emergency numbers. */
	about_danger: ColumnType<number, number | undefined, number>;
	/** SQLite boolean: citizens and the search see the guide. */
	published: ColumnType<number, number | undefined, number>;
	created_at: Timestamp;
}

/** The texts of a guide in one language; Markdown except the title, summary and keywords. */
export interface GuideTexts {
	title: string;
	summary: string;
	first_steps: string;
	/** When to call 110/112 and what to say. */
	emergency: string;
	/** Words people type for this situation, comma separated; only the search reads them. */
	keywords: string;
}

/** A saved German version of a guide; rows are only ever appended. */
export interface GuideRevisionTable extends GuideTexts {
	id: Generated<number>;
	guide_id: number;
	author_id: number | null;
	restored_from: number | null;
	created_at: Timestamp;
}

export interface GuideTranslationTable extends GuideTexts {
	guide_id: number;
	locale: 'en' | 'pl' | 'cs';
	updated_by: number | null;
	updated_at: Timestamp;
}

export interface GuideTermTable {
	guide_id: number;
	term_id: number;
}

export interface GuidePartnerTable {
	guide_id: number;
	organization_id: number;
	position: number;
}

export interface GuideTables {
	guides: GuideTable;
	guide_revisions: GuideRevisionTable;
	guide_translations: GuideTranslationTable;
	guide_terms: GuideTermTable;
	guide_partners: GuidePartnerTable;
}
