import { fail, redirect } from '@sveltejs/kit';
import { requireCoordinator } from '$lib/server/auth/guards';
import { renderMarkdown } from '$lib/server/markdown/render';
import { parsePageForm } from '$lib/server/pages/page-form';
import { getPage, savePage } from '$lib/server/pages/pages';
import { listTranslations, TRANSLATION_LANGUAGE_NAMES, TRANSLATION_LOCALES } from '$lib/server/pages/translations';
import { getRuntime } from '$lib/server/runtime';
import { pageSlug } from '../page-slug';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireCoordinator(event);
	const slug = pageSlug(event.params.slug);
	const { db } = getRuntime();
	const [page, translated] = await Promise.all([getPage(db, slug), listTranslations(db, slug)]);
	return {
		page: { slug: page.slug, title: page.title, body: page.body, updatedAt: page.updatedAt },
		translations: TRANSLATION_LOCALES.map((locale) => ({
			locale,
			language: TRANSLATION_LANGUAGE_NAMES[locale],
			updatedAt: translated.find((t) => t.locale === locale)?.updatedAt ?? null
		})),
		saved: event.url.searchParams.has('gespeichert'),
		translationDeleted: event.url.searchParams.has('uebersetzungGeloescht')
	};
};

export const actions = {
	// "Vorschau": the text rendered and sanitized exactly as the public page will show it; nothing is saved.
	vorschau: async (event) => {
		requireCoordinator(event);
		pageSlug(event.params.slug);
		const result = parsePageForm(await event.request.formData());
		if (!result.ok) return fail(400, { values: result.values, errors: result.errors });
		return { values: result.values, preview: renderMarkdown(result.values.body) };
	},
	speichern: async (event) => {
		const coordinator = requireCoordinator(event);
		const slug = pageSlug(event.params.slug);
		const result = parsePageForm(await event.request.formData());
		if (!result.ok) return fail(400, { values: result.values, errors: result.errors });
		await savePage(getRuntime().db, slug, result.values, coordinator.id);
		redirect(303, `/koordination/seiten/${slug}?gespeichert`);
	}
} satisfies Actions;
