import { requireUser } from '$lib/server/auth/guards';
import { listMemberships } from '$lib/server/auth/users';
import { listMyGroups } from '$lib/server/groups/my-groups';
import { listDashboardOrganizations } from '$lib/server/partners/dashboard';
import { loadMyProjects } from '$lib/server/proposals/my-projects';
import { getRuntime } from '$lib/server/runtime';
import { listPersonalTodos } from '$lib/server/todos/personal';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const { db } = getRuntime();
	const organizationIds = (await listMemberships(db, user.id)).map((m) => m.organizationId);
	return {
		name: user.name,
		isCoordinator: user.role === 'coordinator',
		organizations: await listDashboardOrganizations(db, user),
		todos: await listPersonalTodos(db, user, organizationIds),
		projects: await loadMyProjects(db, user),
		groups: await listMyGroups(db, user)
	};
};
