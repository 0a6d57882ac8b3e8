import { fail, redirect } from '@sveltejs/kit';
import { requireCoordinator } from '$lib/server/auth/guards';
import { getRuntime } from '$lib/server/runtime';
import { readVocabularyForm, type VocabularyFormValues } from '$lib/server/vocabulary/form';
import { DuplicateLabelError, saveVocabularyConcept } from '$lib/server/vocabulary/service';
import { listTopics } from '../vocabulary-request';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
	const values: VocabularyFormValues = { label: '', searchTerms: '', words: '', topicCodes: [], danger: false };
	return { values, topics: await listTopics(getRuntime().db) };
};

export const actions = {
	default: async (event) => {
		requireCoordinator(event);
		const { db } = getRuntime();
		const parsed = readVocabularyForm(
			await event.request.formData(),
			(await listTopics(db)).map((t) => t.code)
		);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		try {
			await saveVocabularyConcept(db, null, parsed.input);
		} catch (error) {
			if (!(error instanceof DuplicateLabelError)) throw error;
			return fail(400, {
				values: { ...parsed.input, words: parsed.input.words.join('\n') },
				errors: { label: 'Einen Begriff mit diesem Namen gibt es schon.' }
			});
		}
		redirect(303, `/koordination/suchbegriffe?${new URLSearchParams({ gespeichert: parsed.input.label })}`);
	}
} satisfies Actions;
