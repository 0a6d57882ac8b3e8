import { requireUser } from '$lib/server/auth/guards';
import { listMyGroups } from '$lib/server/groups/my-groups';
import { listDashboardOrganizations } from '$lib/server/partners/dashboard';
import { loadMyProjects } from '$lib/server/proposals/my-projects';
import { getRuntime } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	return {
		name: user.name,
		isCoordinator: user.role === 'coordinator',
		organizations: await listDashboardOrganizations(getRuntime().db, user),
		projects: await loadMyProjects(getRuntime().db, user),
		groups: await listMyGroups(getRuntime().db, user)
	};
};
