import { requireCoordinator } from '$lib/server/auth/guards';
import { listAllGuides } from '$lib/server/guides/queries';
import { getRuntime } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
	return { guides: await listAllGuides(getRuntime().db), deleted: event.url.searchParams.has('geloescht') };
};
