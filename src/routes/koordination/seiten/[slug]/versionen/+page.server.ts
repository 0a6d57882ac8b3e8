import { error, fail, redirect } from '@sveltejs/kit';
import { requireCoordinator } from '$lib/server/auth/guards';
import { diffLines } from '$lib/pages/diff';
import { getPage, getPreviousRevision, getRevision, listRevisions, restoreRevision } from '$lib/server/pages/pages';
import { getRuntime } from '$lib/server/runtime';
import { pageSlug } from '../../page-slug';
import type { Actions, PageServerLoad } from './$types';

const PER_PAGE = 20;

export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
	const slug = pageSlug(event.params.slug);
	const { db } = getRuntime();
	const current = await getPage(db, slug);
	const pageNumber = Math.max(1, Math.floor(Number(event.url.searchParams.get('seite'))) || 1);
	const { revisions, total } = await listRevisions(db, slug, {
		limit: PER_PAGE,
		offset: (pageNumber - 1) * PER_PAGE
	});
	const selectedId = Number(event.url.searchParams.get('version')) || current.revisionId;
	const selected = selectedId ? await getRevision(db, slug, selectedId) : null;
	if (selectedId && !selected) error(404, 'Diese Version gibt es nicht.');
	const previous = selected ? await getPreviousRevision(db, slug, selected.id) : null;
	return {
		page: { slug, title: current.title, currentRevisionId: current.revisionId },
		revisions,
		pageNumber,
		totalPages: Math.max(1, Math.ceil(total / PER_PAGE)),
		selected,
		previousId: previous?.id ?? null,
		diff:
			selected && previous
				? diffLines(`${previous.title}\n\n${previous.body}`, `${selected.title}\n\n${selected.body}`)
				: null,
		restored: Number(event.url.searchParams.get('wiederhergestellt')) || null
	};
};

export const actions = {
	wiederherstellen: async (event) => {
		const coordinator = requireCoordinator(event);
		const slug = pageSlug(event.params.slug);
		const form = await event.request.formData();
		const revisionId = Number(form.get('revisionId'));
		const { db } = getRuntime();
		if (!Number.isInteger(revisionId) || !(await getRevision(db, slug, revisionId)))
			error(404, 'Diese Version gibt es nicht.');
		if (form.get('bestaetigt') !== 'ja') {
			return fail(400, {
				revisionId,
				confirmError: 'Bitte bestätigen Sie, dass diese Fassung wieder veröffentlicht werden soll.'
			});
		}
		await restoreRevision(db, slug, revisionId, coordinator.id);
		redirect(303, `/koordination/seiten/${slug}/versionen?wiederhergestellt=${revisionId}`);
	}
} satisfies Actions;
