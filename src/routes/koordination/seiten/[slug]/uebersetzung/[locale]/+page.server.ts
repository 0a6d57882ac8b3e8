import { error, fail, redirect } from '@sveltejs/kit';
import { isPageSlug, type PageSlug } from '$lib/pages/slugs';
import { requireCoordinator } from '$lib/server/auth/guards';
import type { TranslationLocale } from '$lib/server/db/tables/pages';
import { renderMarkdown } from '$lib/server/markdown/render';
import { parsePageForm } from '$lib/server/pages/page-form';
import { getPage } from '$lib/server/pages/pages';
import {
	deleteTranslation,
	getTranslation,
	isTranslationLocale,
	saveTranslation,
	TRANSLATION_LANGUAGE_NAMES
} from '$lib/server/pages/translations';
import { getRuntime } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

function target(params: { slug: string; locale: string }): { slug: PageSlug; locale: TranslationLocale } {
	if (!isPageSlug(params.slug) || !isTranslationLocale(params.locale))
		error(404, 'Diese Seite oder Sprache gibt es nicht.');
	return { slug: params.slug, locale: params.locale };
}

export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
	const { slug, locale } = target(event.params);
	const { db } = getRuntime();
	const [page, translation] = await Promise.all([getPage(db, slug), getTranslation(db, slug, locale)]);
	return {
		page: { slug, title: page.title, body: page.body },
		locale,
		language: TRANSLATION_LANGUAGE_NAMES[locale],
		translation,
		saved: event.url.searchParams.has('gespeichert')
	};
};

export const actions = {
	vorschau: async (event) => {
		requireCoordinator(event);
		target(event.params);
		const result = parsePageForm(await event.request.formData());
		if (!result.ok) return fail(400, { values: result.values, errors: result.errors });
		return { values: result.values, preview: renderMarkdown(result.values.body) };
	},
	speichern: async (event) => {
		const coordinator = requireCoordinator(event);
		const { slug, locale } = target(event.params);
		const result = parsePageForm(await event.request.formData());
		if (!result.ok) return fail(400, { values: result.values, errors: result.errors });
		await saveTranslation(getRuntime().db, slug, locale, result.values, coordinator.id);
		redirect(303, `/koordination/seiten/${slug}/uebersetzung/${locale}?gespeichert`);
	},
	loeschen: async (event) => {
		requireCoordinator(event);
		const { slug, locale } = target(event.params);
		const form = await event.request.formData();
		if (form.get('confirm') !== 'ja') {
			return fail(400, { deleteError: 'Bitte bestätigen Sie, dass die Übersetzung gelöscht werden soll.' });
		}
		await deleteTranslation(getRuntime().db, slug, locale);
		redirect(303, `/koordination/seiten/${slug}?uebersetzungGeloescht=${locale}`);
	}
} satisfies Actions;
