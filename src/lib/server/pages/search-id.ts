import { PAGE_SLUGS, type PageSlug } from '../../pages/slugs';

// A page that was never saved is found by its template, so its search document id is its place
// in PAGE_SLUGS (new slugs are only ever appended), not a row id.

export const PAGES_INDEX = 'pages';

export function pageDocumentId(slug: PageSlug): number {
	return PAGE_SLUGS.indexOf(slug) + 1;
}
