import type { TranslationLocale } from '../db/tables/pages';

export const GUIDES_INDEX = 'guides';
export const GUIDE_LOCALES = ['de', 'en', 'pl', 'cs'] as const;
export type GuideLocale = (typeof GUIDE_LOCALES)[number];

/** The texts of a guide in one language, as the forms and the demo write them. */
export interface GuideTextsInput {
	title: string;
	summary: string;
	/** Markdown. */
	firstSteps: string;
	/** Markdown: when to call 110/112. */
	emergency: string;
	/** Comma-separated words people type for the situation; only the search reads them. */
	keywords: string;
}

/** What the coordinator decides about a guide besides its German text. */
export interface GuideSettingsInput {
	aboutDanger: boolean;
	published: boolean;
	/** Topic codes. */
	topics: string[];
	/** Partner slugs in the order the guide lists them. */
	partners: string[];
}

export type GuideInput = GuideTextsInput & GuideSettingsInput;

/** A guide as the coordinator edits it. */
export interface GuideForEditing extends GuideInput {
	id: number;
	slug: string;
	updatedAt: string;
	translations: { locale: TranslationLocale; updatedAt: string }[];
}

export interface GuideRevisionSummary {
	id: number;
	title: string;
	authorName: string | null;
	restoredFrom: number | null;
	createdAt: string;
}

/** A published guide with every language the search looks in. */
export interface SearchableGuide {
	id: number;
	slug: string;
	aboutDanger: boolean;
	texts: Partial<Record<GuideLocale, GuideTextsInput>>;
	topics: { code: string; label: string }[];
}
