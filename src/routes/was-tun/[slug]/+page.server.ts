import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { loadPublicGuide } from '$lib/server/guides/public-view';
import { getRuntime } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

// Only published guides; a draft is as unknown to citizens as a wrong address.
export const load: PageServerLoad = async ({ params }) => {
	const guide = await loadPublicGuide(getRuntime().db, params.slug, getLocale());
	if (!guide) error(404, m.guides_not_found());
	return { guide };
};
