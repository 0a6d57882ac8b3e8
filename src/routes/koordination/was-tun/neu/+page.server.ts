import { redirect } from '@sveltejs/kit';
import { requireCoordinator } from '$lib/server/auth/guards';
import { saveGuideForm, topicOptions } from '$lib/server/guides/editor';
import { createGuide } from '$lib/server/guides/service';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
	return { topicOptions: await topicOptions(getRuntime().db) };
};

export const actions = {
	default: async (event) => {
		const coordinator = requireCoordinator(event);
		const { db } = getRuntime();
		const result = await saveGuideForm(db, await event.request.formData(), (input) =>
			createGuide(db, input, coordinator.id)
		);
		if (result.failure) return result.failure;
		redirect(303, `/koordination/was-tun/${result.saved.slug}?gespeichert`);
	}
} satisfies Actions;
