import { listPublicGroups } from '$lib/server/groups/queries';
import { getRuntime } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const groups = await listPublicGroups(getRuntime().db);
	return { groups: groups.map(({ id: _id, description: _description, ...group }) => group) };
};
