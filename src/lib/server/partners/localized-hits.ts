import type { Kysely } from 'kysely';
import type { DirectoryResult } from '../../directory/types';
import { isTranslationLocale } from '../../partner-translations';
import type { Database } from '../db/schema';
import { cropWords, plainText } from '../../../../search/directory-result';

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
	const rows = await db
		.selectFrom('organization_translations as t')
		.innerJoin('organizations as o', 'o.id', 't.organization_id')
		.select(['o.slug', 't.name', 't.description', 't.offer'])
		.where('t.locale', '=', locale)
		.where(
			'o.slug',
			'in',
			result.hits.map((hit) => hit.slug)
		)
		.execute();
	const bySlug = new Map(rows.map((row) => [row.slug, row]));
	const hits = result.hits.map((hit) => {
		const translated = bySlug.get(hit.slug);
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
