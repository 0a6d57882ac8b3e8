import { error, fail, redirect } from '@sveltejs/kit';
import { requireCoordinator } from '$lib/server/auth/guards';
import { getAreaRevision, listAreaRevisions, restoreAreaRevision } from '$lib/server/areas/revisions';
import { diffStreetLists } from '$lib/server/areas/street-diff';
import { getRuntime } from '$lib/server/runtime';
import { areaSummary, requireArea } from '../../area-request';
import { showDiff } from '../../street-diff-view';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
	const { db } = getRuntime();
	const area = await requireArea(db, event.params.id);
	const chosen = event.url.searchParams.get('stand');
	const revision = chosen === null ? null : await getAreaRevision(db, area.id, readId(chosen) ?? -1);
	if (chosen !== null && !revision) error(404, 'Diesen früheren Stand gibt es bei diesem Bereich nicht.');
	return {
		area: areaSummary(area),
		revisions: await listAreaRevisions(db, area.id),
		// The confirmation step: what putting this state back would change in today's list.
		chosen: revision && {
			id: revision.id,
			createdAt: revision.createdAt,
			reason: revision.reason,
			diff: showDiff(diffStreetLists(area.streets, revision.streets))
		}
	};
};

export const actions = {
	wiederherstellen: async (event) => {
		const user = requireCoordinator(event);
		const { db } = getRuntime();
		const area = await requireArea(db, event.params.id);
		const revisionId = readId(String((await event.request.formData()).get('stand') ?? ''));
		const restored = revisionId === null ? null : await restoreAreaRevision(db, area.id, revisionId, user.id);
		if (!restored)
			return fail(400, {
				message: 'Diesen früheren Stand gibt es bei diesem Bereich nicht. Bitte wählen Sie einen aus der Liste.'
			});
		redirect(303, `/koordination/gebiete/${area.id}?wiederhergestellt=${restored.streetCount}`);
	}
} satisfies Actions;

function readId(text: string): number | null {
	return /^\d{1,9}$/.test(text) ? Number(text) : null;
}
