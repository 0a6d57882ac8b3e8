import { error } from '@sveltejs/kit';
import { getActionFieldBySlug } from '$lib/server/pages/action-fields';
import { listLinkedWork } from '$lib/server/pages/linked-work';
import { publicActionField } from '$lib/server/pages/public-view';
import { getRuntime } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const { db } = getRuntime();
	const field = await getActionFieldBySlug(db, params.slug);
	if (!field) error(404, 'Handlungsfeld nicht gefunden');
	return { field: publicActionField(field), linked: await listLinkedWork(db, field.id) };
};
