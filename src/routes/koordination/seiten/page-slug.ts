import { error } from '@sveltejs/kit';
import { isPageSlug, type PageSlug } from '$lib/pages/slugs';

/** The route's slug as one of the KPR pages; 404 for any other. */
export function pageSlug(slug: string): PageSlug {
	if (!isPageSlug(slug)) error(404, 'Diese Seite gibt es nicht.');
	return slug;
}
