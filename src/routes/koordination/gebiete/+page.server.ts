import { requireCoordinator } from '$lib/server/auth/guards';
import { listAllServiceAreas } from '$lib/server/areas/admin-queries';
import { areaKindLabel } from '$lib/server/areas/kinds';
import { getRuntime } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
	return {
		areas: (await listAllServiceAreas(getRuntime().db)).map((area) => ({
			...area,
			kindLabel: areaKindLabel(area.kind)
		})),
		deleted: event.url.searchParams.get('geloescht')
	};
};
