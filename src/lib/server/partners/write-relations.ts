import type { InsertObject, Kysely } from 'kysely';
import type { Database, Taxonomy } from '../db/schema';
import { compactTranslations, type TranslationLocale } from '../../partner-translations';
import type { PartnerInput } from './types';

// The rows of a partner profile besides the organization itself; only service.ts calls these.

export async function organizationColumns(trx: Kysely<Database>, input: PartnerInput) {
	return {
		slug: input.slug,
		name: input.name,
		short_name: input.shortName,
		category_id: await termId(trx, 'category', input.category),
		description: input.description,
		offer: input.offer,
		email: input.email,
		website: input.website,
		accessibility_note: input.accessibilityNote,
		wheelchair_accessible: input.wheelchairAccessible ? 1 : 0,
		verified_at: input.verifiedAt
	};
}

export async function writeRelations(trx: Kysely<Database>, organizationId: number, input: PartnerInput) {
	const termCodes: [Taxonomy, string[], string[]][] = [
		['topic', input.topics, input.mainTopics],
		['target_group', input.targetGroups, input.mainTargetGroups],
		['language', input.languages, []],
		['ortsteil', input.ortsteile, []]
	];
	const terms = new Map<number, number>();
	for (const [taxonomy, codes, mainCodes] of termCodes) {
		for (const code of codes) terms.set(await termId(trx, taxonomy, code), mainCodes.includes(code) ? 1 : 0);
	}
	await insertRows(
		trx,
		'organization_terms',
		[...terms].map(([term_id, is_main]) => ({ organization_id: organizationId, term_id, is_main }))
	);
	const translations = Object.entries(compactTranslations(input.translations));
	await insertRows(
		trx,
		'organization_translations',
		translations.map(([locale, texts]) => ({
			organization_id: organizationId,
			locale: locale as TranslationLocale,
			...texts
		}))
	);
	if (input.address) {
		const a = input.address;
		await trx
			.insertInto('locations')
			.values({
				organization_id: organizationId,
				name: a.name,
				street: a.street,
				postal_code: a.postalCode,
				city: a.city,
				ortsteil_id: a.ortsteil ? await termId(trx, 'ortsteil', a.ortsteil) : null,
				latitude: a.latitude,
				longitude: a.longitude
			})
			.execute();
	}
	await insertRows(
		trx,
		'phones',
		input.phones.map((p, position) => ({ organization_id: organizationId, ...p, position }))
	);
	await insertRows(
		trx,
		'contacts',
		input.contacts.map((c, position) => ({
			organization_id: organizationId,
			name: c.name,
			role: c.role,
			phone: c.phone,
			email: c.email,
			publish_consent: c.publishConsent ? 1 : 0,
			consent_given_at: c.publishConsent ? (c.consentGivenAt ?? now()) : null,
			position
		}))
	);
	await insertRows(
		trx,
		'schedules',
		input.schedules.map((s) => ({
			organization_id: organizationId,
			kind: s.kind,
			weekday: s.weekday,
			opens_at: s.opensAt,
			closes_at: s.closesAt,
			note: s.note
		}))
	);
	await insertRows(
		trx,
		'closures',
		input.closures.map((c) => ({
			organization_id: organizationId,
			starts_on: c.startsOn,
			ends_on: c.endsOn,
			reason: c.reason
		}))
	);
}

/** Inserts the rows into the table, if there are any. */
async function insertRows<T extends keyof Database & string>(
	trx: Kysely<Database>,
	table: T,
	rows: InsertObject<Database, T>[]
): Promise<void> {
	if (rows.length > 0) await trx.insertInto(table).values(rows).execute();
}

export async function termId(trx: Kysely<Database>, taxonomy: Taxonomy, code: string): Promise<number> {
	const row = await trx
		.selectFrom('taxonomy_terms')
		.select('id')
		.where('taxonomy', '=', taxonomy)
		.where('code', '=', code)
		.executeTakeFirst();
	if (!row) throw new UnknownTermError(taxonomy, code);
	return row.id;
}

export class UnknownTermError extends Error {
	constructor(taxonomy: Taxonomy, code: string) {
		super(`Unknown ${taxonomy} "${code}"`);
	}
}

function now(): string {
	return new Date().toISOString();
}
