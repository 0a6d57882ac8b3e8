import type { Kysely } from 'kysely';
import type { DirectoryResult } from '../src/lib/directory/types';
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
	if (!isTranslationLocale(locale) || result.hits.length === 0) return result;
	const translations = await loadTranslationsBySlug(
		db,
		result.hits.map((hit) => hit.slug),
		locale
	);
	const hits = result.hits.map((hit) => {
		const translated = translations.get(hit.slug);
		if (!translated) return hit;
		const summary = translated.description || translated.offer;
		return {
			...hit,
			...(translated.name ? { name: plainText(translated.name), nameLang: locale } : {}),
			...(summary ? { summary: plainText(cropWords(summary)), summaryLang: locale } : {})
		};
	});
	return { ...result, hits };
}
