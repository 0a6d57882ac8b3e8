import { fail } from '@sveltejs/kit';
import { requireCoordinator } from '$lib/server/auth/guards';
import { getRuntime } from '$lib/server/runtime';
import { readVocabularyForm, toFormValues } from '$lib/server/vocabulary/form';
import { DuplicateLabelError, saveVocabularyConcept } from '$lib/server/vocabulary/service';
import { listTopics, requireConcept } from '../vocabulary-request';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
	const { db } = getRuntime();
	const concept = await requireConcept(db, event.params.id);
	return { id: concept.id, label: concept.label, values: toFormValues(concept), topics: await listTopics(db) };
};

export const actions = {
	default: async (event) => {
		requireCoordinator(event);
		const { db } = getRuntime();
		const concept = await requireConcept(db, event.params.id);
		const parsed = readVocabularyForm(
			await event.request.formData(),
			(await listTopics(db)).map((t) => t.code)
		);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		try {
			await saveVocabularyConcept(db, concept.id, parsed.input);
		} catch (error) {
			if (!(error instanceof DuplicateLabelError)) throw error;
			return fail(400, {
				values: toFormValues(parsed.input),
				errors: { label: 'Einen Begriff mit diesem Namen gibt es schon.' }
			});
		}
		return { saved: true };
	}
} satisfies Actions;
