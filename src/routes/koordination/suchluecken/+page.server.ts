import { fail } from '@sveltejs/kit';
import { requireCoordinator } from '$lib/server/auth/guards';
import { listAllGuides } from '$lib/server/guides/queries';
import { getRuntime } from '$lib/server/runtime';
import { getSearchGapReport, reportWeeks } from '$lib/server/search-gaps/queries';
import { addGapToVocabulary, linkGapToGuide, readGapStep } from '$lib/server/search-gaps/steps';
import { listVocabulary } from '$lib/server/vocabulary/queries';
import type { Actions, PageServerLoad } from './$types';

// /koordination/suchluecken: what citizens searched for and did not find, week by week (README "Suchlücken").
export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
	const { db, config } = getRuntime();
	const weeks = reportWeeks();
	const chosen = event.url.searchParams.get('woche');
	const week = chosen && weeks.includes(chosen) ? chosen : weeks[0];
	const [report, concepts, guides] = await Promise.all([
		getSearchGapReport(db, week, config.searchGapThreshold),
		listVocabulary(db),
		listAllGuides(db)
	]);
	return {
		weeks,
		week,
		threshold: config.searchGapThreshold,
		report,
		concepts: concepts.map(({ id, label }) => ({ id, label })),
		guides: guides.filter((g) => g.published).map(({ id, title }) => ({ id, title }))
	};
};

export const actions = {
	wortschatz: async (event) => {
		requireCoordinator(event);
		const { db } = getRuntime();
		const step = await readGapStep(db, await event.request.formData(), 'conceptId');
		if (!step.ok) return fail(400, { query: null, message: step.message });
		const result = await addGapToVocabulary(db, step.input);
		if (!result.ok) return fail(400, { query: step.input.query, message: result.message });
		return { done: result.message };
	},
	ratgeber: async (event) => {
		const coordinator = requireCoordinator(event);
		const { db } = getRuntime();
		const step = await readGapStep(db, await event.request.formData(), 'guideId');
		if (!step.ok) return fail(400, { query: null, message: step.message });
		const result = await linkGapToGuide(db, step.input, coordinator.id);
		if (!result.ok) return fail(400, { query: step.input.query, message: result.message });
		return { done: result.message };
	}
} satisfies Actions;
