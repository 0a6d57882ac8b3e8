import type { Kysely } from 'kysely';
import type { PageSlug } from '../../pages/slugs';
import type { Database } from '../db/schema';
import { renderMarkdown } from '../markdown/render';
import type { ActionField } from './action-fields';
import { getPage } from './pages';

// What the public routes hand to their pages: Markdown already rendered and sanitized.

export async function loadPublicPage(db: Kysely<Database>, slug: PageSlug) {
	const page = await getPage(db, slug);
	return { title: page.title, html: renderMarkdown(page.body), updatedAt: page.updatedAt };
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
