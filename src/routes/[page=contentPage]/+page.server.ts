import { error } from '@sveltejs/kit';
import { isPageSlug } from '$lib/pages/slugs';
import { getLocale } from '$lib/paraglide/runtime';
import { loadPublicPage } from '$lib/server/pages/public-view';
import { getRuntime } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

// /ueber-den-kpr, /koordinierungsstelle, /impressum, /datenschutz, /barrierefreiheit, /leichte-sprache.
export const load: PageServerLoad = async ({ params }) => {
	if (!isPageSlug(params.page)) error(404, 'Seite nicht gefunden');
	return loadPublicPage(getRuntime().db, params.page, getLocale());
};
