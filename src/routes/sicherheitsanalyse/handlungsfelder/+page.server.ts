import { listActionFields } from '$lib/server/pages/action-fields';
import { publicActionField } from '$lib/server/pages/public-view';
import { getRuntime } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const fields = await listActionFields(getRuntime().db);
	return { fields: fields.map(publicActionField) };
};
