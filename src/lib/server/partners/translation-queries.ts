import type { Kysely } from 'kysely';
import type { PartnerTranslations } from '../../partner-translations';
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
