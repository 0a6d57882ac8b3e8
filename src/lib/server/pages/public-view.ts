import type { Kysely } from 'kysely';
import type { PageSlug } from '../../pages/slugs';
import type { Database } from '../db/schema';
import { renderMarkdown } from '../markdown/render';
import type { ActionField } from './action-fields';
import { getPage } from './pages';
import { getTranslation, isTranslationLocale } from './translations';

// What the public routes hand to their pages: Markdown already rendered and sanitized.

/** The page in the reader's language when the coordinator entered a translation, else the German page. */
export async function loadPublicPage(db: Kysely<Database>, slug: PageSlug, locale: string) {
	const translation = isTranslationLocale(locale) ? await getTranslation(db, slug, locale) : null;
	if (translation) {
		return {
			title: translation.title,
			html: renderMarkdown(translation.body),
			updatedAt: translation.updatedAt,
			language: locale
		};
	}
	const page = await getPage(db, slug);
	return { title: page.title, html: renderMarkdown(page.body), updatedAt: page.updatedAt, language: 'de' };
}

export function publicActionField(field: ActionField) {
	return {
		slug: field.slug,
		title: field.title,
		summaryHtml: renderMarkdown(field.summary),
		progressHtml: field.progressNote ? renderMarkdown(field.progressNote) : null
	};
}

export type PublicActionField = ReturnType<typeof publicActionField>;
