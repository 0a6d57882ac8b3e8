import { fail, redirect } from '@sveltejs/kit';
import { requireCoordinator } from '$lib/server/auth/guards';
import { getRuntime } from '$lib/server/runtime';
import { deleteVocabularyConcept } from '$lib/server/vocabulary/service';
import { requireConcept } from '../../vocabulary-request';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
	const concept = await requireConcept(getRuntime().db, event.params.id);
	return { id: concept.id, label: concept.label, wordCount: concept.words.length };
};

export const actions = {
	default: async (event) => {
		requireCoordinator(event);
		const { db } = getRuntime();
		const concept = await requireConcept(db, event.params.id);
		if ((await event.request.formData()).get('bestaetigen') !== 'ja') {
			return fail(400, { error: 'Bitte bestätigen Sie mit dem Häkchen, dass der Begriff gelöscht werden soll.' });
		}
		await deleteVocabularyConcept(db, concept.id);
		redirect(303, `/koordination/suchbegriffe?${new URLSearchParams({ geloescht: concept.label })}`);
	}
} satisfies Actions;
