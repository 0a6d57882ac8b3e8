import { getLocale } from '$lib/paraglide/runtime';
import { listPublishedGuides } from '$lib/server/guides/queries';
import { getRuntime } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const guides = await listPublishedGuides(getRuntime().db, getLocale());
	return { guides: guides.map(({ slug, title, summary, aboutDanger }) => ({ slug, title, summary, aboutDanger })) };
};
