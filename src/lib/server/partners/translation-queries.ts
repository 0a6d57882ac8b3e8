import type { Kysely } from 'kysely';
import type { PartnerTranslations, TranslatedTexts, TranslationLocale } from '../../partner-translations';
import type { Database } from '../db/schema';

/** The translations of the given organizations by organization id; one without any is absent. */
export async function loadTranslations(
	db: Kysely<Database>,
	organizationIds: number[]
): Promise<Map<number, PartnerTranslations>> {
	const byOrganization = new Map<number, PartnerTranslations>();
	if (organizationIds.length === 0) return byOrganization;
	const rows = await db
		.selectFrom('organization_translations')
		.select(['organization_id', 'locale', 'name', 'description', 'offer'])
		.where('organization_id', 'in', organizationIds)
		.execute();
	for (const { organization_id, locale, ...texts } of rows) {
		const translations = byOrganization.get(organization_id) ?? {};
		translations[locale] = texts;
		byOrganization.set(organization_id, translations);
	}
	return byOrganization;
}

/** The translations into `locale` of the partners with the given slugs, by slug. */
export async function loadTranslationsBySlug(
	db: Kysely<Database>,
	slugs: string[],
	locale: TranslationLocale
): Promise<Map<string, TranslatedTexts>> {
	if (slugs.length === 0) return new Map();
	const rows = await db
		.selectFrom('organization_translations as t')
		.innerJoin('organizations as o', 'o.id', 't.organization_id')
		.select(['o.slug', 't.name', 't.description', 't.offer'])
		.where('t.locale', '=', locale)
		.where('o.slug', 'in', slugs)
		.execute();
	return new Map(rows.map(({ slug, ...texts }) => [slug, texts]));
}
