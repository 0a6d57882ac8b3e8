import type { Kysely } from 'kysely';
import type { DirectoryHit, DirectoryResult } from '../src/lib/directory/types';
import { isTranslationLocale } from '../src/lib/partner-translations';
import type { Database } from '../src/lib/server/db/schema';
import { loadTranslationsBySlug } from '../src/lib/server/partners/translation-queries';
import { cropWords, plainText } from './directory-result';

/**
 * The page of hits with the partners' own translations into `locale` where they wrote one: name
 * and summary then come in that language, marked with it, and without highlights.
 */
export async function localizeHits(
	db: Kysely<Database>,
	result: DirectoryResult,
	locale: string
): Promise<DirectoryResult> {
	return { ...result, hits: await localizeDirectoryHits(db, result.hits, locale) };
}

/** The hits themselves with the partners' translations into `locale` (the portal-wide search shows them too). */
export async function localizeDirectoryHits(
	db: Kysely<Database>,
	hits: DirectoryHit[],
	locale: string
): Promise<DirectoryHit[]> {
	if (!isTranslationLocale(locale) || hits.length === 0) return hits;
	const translations = await loadTranslationsBySlug(
		db,
		hits.map((hit) => hit.slug),
		locale
	);
	return hits.map((hit) => {
		const translated = translations.get(hit.slug);
		if (!translated) return hit;
		const summary = translated.description || translated.offer;
		return {
			...hit,
			...(translated.name ? { name: plainText(translated.name), nameLang: locale } : {}),
			...(summary ? { summary: plainText(cropWords(summary)), summaryLang: locale } : {})
		};
	});
}
