import { error, fail, redirect } from '@sveltejs/kit';
import { requireCoordinator } from '$lib/server/auth/guards';
import type { TranslationLocale } from '$lib/server/db/tables/pages';
import { requireGuide } from '$lib/server/guides/editor';
import { parseGuideTexts } from '$lib/server/guides/guide-form';
import { getGuideTranslation } from '$lib/server/guides/queries';
import { deleteGuideTranslation, saveGuideTranslation } from '$lib/server/guides/service';
import { isTranslationLocale, TRANSLATION_LANGUAGE_NAMES } from '$lib/server/pages/translations';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

function translationLocale(locale: string): TranslationLocale {
	if (!isTranslationLocale(locale)) error(404, 'Diese Sprache gibt es nicht.');
	return locale;
}

export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
	const locale = translationLocale(event.params.locale);
	const { db } = getRuntime();
	const guide = await requireGuide(db, event.params.slug);
	const translation = await getGuideTranslation(db, guide.id, locale);
	return {
		guide: { slug: guide.slug, title: guide.title, summary: guide.summary },
		locale,
		language: TRANSLATION_LANGUAGE_NAMES[locale],
		translation,
		saved: event.url.searchParams.has('gespeichert')
	};
};

export const actions = {
	speichern: async (event) => {
		const coordinator = requireCoordinator(event);
		const locale = translationLocale(event.params.locale);
		const { db } = getRuntime();
		const guide = await requireGuide(db, event.params.slug);
		const { values, errors } = parseGuideTexts(await event.request.formData());
		if (Object.keys(errors).length > 0) return fail(400, { values, errors });
		await saveGuideTranslation(db, guide.id, locale, values, coordinator.id);
		redirect(303, `/koordination/was-tun/${guide.slug}/uebersetzung/${locale}?gespeichert`);
	},
	loeschen: async (event) => {
		requireCoordinator(event);
		const locale = translationLocale(event.params.locale);
		const { db } = getRuntime();
		const guide = await requireGuide(db, event.params.slug);
		if ((await event.request.formData()).get('bestaetigt') !== 'ja') {
			return fail(400, {
				deleteError: 'Bitte bestätigen Sie zuerst, dass die Übersetzung gelöscht werden soll.'
			});
		}
		await deleteGuideTranslation(db, guide.id, locale);
		redirect(303, `/koordination/was-tun/${guide.slug}`);
	}
} satisfies Actions;
