import { fail, redirect } from '@sveltejs/kit';
import { requireCoordinator } from '$lib/server/auth/guards';
import { requireGuide, saveGuideForm, topicOptions } from '$lib/server/guides/editor';
import { deleteGuide, updateGuide } from '$lib/server/guides/service';
import { TRANSLATION_LANGUAGE_NAMES, TRANSLATION_LOCALES } from '$lib/server/pages/translations';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
	const { db } = getRuntime();
	const [guide, topics] = await Promise.all([requireGuide(db, event.params.slug), topicOptions(db)]);
	return {
		guide: { ...guide, partners: guide.partners.join('\n') },
		topicOptions: topics,
		translations: TRANSLATION_LOCALES.map((locale) => ({
			locale,
			language: TRANSLATION_LANGUAGE_NAMES[locale],
			updatedAt: guide.translations.find((t) => t.locale === locale)?.updatedAt ?? null
		})),
		saved: event.url.searchParams.has('gespeichert')
	};
};

export const actions = {
	speichern: async (event) => {
		const coordinator = requireCoordinator(event);
		const { db } = getRuntime();
		const guide = await requireGuide(db, event.params.slug);
		const result = await saveGuideForm(db, await event.request.formData(), (input) =>
			updateGuide(db, guide.id, input, coordinator.id)
		);
		if (result.failure) return result.failure;
		redirect(303, `/koordination/was-tun/${guide.slug}?gespeichert`);
	},
	loeschen: async (event) => {
		requireCoordinator(event);
		const { db } = getRuntime();
		const guide = await requireGuide(db, event.params.slug);
		if ((await event.request.formData()).get('bestaetigt') !== 'ja') {
			return fail(400, { deleteError: 'Bitte bestätigen Sie zuerst, dass der Ratgeber gelöscht werden soll.' });
		}
		await deleteGuide(db, guide.id);
		redirect(303, '/koordination/was-tun?geloescht');
	}
} satisfies Actions;
