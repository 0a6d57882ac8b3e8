import type { Kysely } from 'kysely';
import { PAGE_SLUGS, type PageSlug } from '../../pages/slugs';
import type { Database } from '../db/schema';
import type { TranslationLocale } from '../db/tables/pages';
import { getPage } from './pages';
import { pageDocumentId } from './search-id';

// What the search index reads of the KPR's own pages: the shown text (a template until saved).

export interface SearchablePage {
	id: number;
	slug: PageSlug;
	title: string;
	body: string;
	translations: Partial<Record<TranslationLocale, { title: string; body: string }>>;
}

export async function getSearchablePages(db: Kysely<Database>, ids: number[]): Promise<SearchablePage[]> {
	const slugs = ids.map((id) => PAGE_SLUGS[id - 1]).filter((slug): slug is PageSlug => slug !== undefined);
	if (slugs.length === 0) return [];
	const translations = await db
		.selectFrom('page_translations as t')
		.innerJoin('pages as p', 'p.id', 't.page_id')
		.select(['p.slug', 't.locale', 't.title', 't.body'])
		.where('p.slug', 'in', slugs)
		.execute();
	return Promise.all(
		slugs.map(async (slug) => {
			const page = await getPage(db, slug);
			const own = translations.filter((t) => t.slug === slug);
			return {
				id: pageDocumentId(slug),
				slug,
				title: page.title,
				body: page.body,
				translations: Object.fromEntries(own.map((t) => [t.locale, { title: t.title, body: t.body }]))
			};
		})
	);
}

export function listPageDocumentIds(): Promise<number[]> {
	return Promise.resolve(PAGE_SLUGS.map((slug) => pageDocumentId(slug)));
}
