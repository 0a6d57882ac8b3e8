import { error, fail, redirect } from '@sveltejs/kit';
import { requireCoordinator } from '$lib/server/auth/guards';
import { requireGuide } from '$lib/server/guides/editor';
import { listGuideRevisions } from '$lib/server/guides/queries';
import { restoreGuideRevision } from '$lib/server/guides/service';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
	const { db } = getRuntime();
	const guide = await requireGuide(db, event.params.slug);
	return {
		guide: { slug: guide.slug, title: guide.title },
		revisions: await listGuideRevisions(db, guide.id),
		restored: event.url.searchParams.has('wiederhergestellt')
	};
};

export const actions = {
	wiederherstellen: async (event) => {
		const coordinator = requireCoordinator(event);
		const { db } = getRuntime();
		const guide = await requireGuide(db, event.params.slug);
		const form = await event.request.formData();
		const revisionId = Number(form.get('revisionId'));
		if (form.get('bestaetigt') !== 'ja') {
			return fail(400, {
				revisionId,
				confirmError: 'Bitte bestätigen Sie, dass diese Fassung wieder gelten soll.'
			});
		}
		if (!Number.isInteger(revisionId) || !(await restoreGuideRevision(db, guide.id, revisionId, coordinator.id))) {
			error(404, 'Diese Version gibt es nicht.');
		}
		redirect(303, `/koordination/was-tun/${guide.slug}/versionen?wiederhergestellt`);
	}
} satisfies Actions;
