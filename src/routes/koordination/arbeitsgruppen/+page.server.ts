import { requireCoordinator } from '$lib/server/auth/guards';
import { listAllGroups } from '$lib/server/groups/administration';
import { getRuntime } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
	return { groups: await listAllGroups(getRuntime().db) };
};
