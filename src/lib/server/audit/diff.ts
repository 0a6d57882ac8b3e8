import { TRANSLATED_FIELDS, TRANSLATION_LOCALES } from '../../partner-translations';
import type { PartnerInput } from '../partners/types';
import type { FieldChange } from './record';

type Field = Exclude<keyof PartnerInput, 'translations'>;

const FIELDS: readonly Field[] = [
	'slug',
	'name',
	'shortName',
	'category',
	'description',
	'offer',
	'topics',
	'mainTopics',
	'targetGroups',
	'mainTargetGroups',
	'languages',
	'ortsteile',
	'email',
	'website',
	'accessibilityNote',
	'wheelchairAccessible',
	'verifiedAt',
	'status',
	'address',
	'phones',
	'contacts',
	'schedules',
	'closures'
];

/** The fields that differ between two versions of a profile; `before` null means it was created. */
export function diffPartner(before: PartnerInput | null, after: PartnerInput): FieldChange[] {
	const changes: FieldChange[] = [];
	for (const field of FIELDS) {
		const old = before ? describe(before[field]) : null;
		const next = describe(after[field]);
		if (old !== next) changes.push({ field, old, new: next });
	}
	// Each translated text is its own field ("description_pl"), so the log says what changed where.
	for (const locale of TRANSLATION_LOCALES) {
		for (const field of TRANSLATED_FIELDS) {
			const old = before ? describe(before.translations[locale]?.[field]) : null;
			const next = describe(after.translations[locale]?.[field]);
			if (old !== next) changes.push({ field: `${field}_${locale}`, old, new: next });
		}
	}
	return changes;
}

/** A stable text form of a value: empty lists and null read as "nothing". */
export function describe(value: unknown): string | null {
	if (value === null || value === undefined || value === '') return null;
	if (typeof value === 'string') return value;
	if (typeof value === 'boolean') return value ? 'ja' : 'nein';
	if (Array.isArray(value) && value.length === 0) return null;
	if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return [...value].sort().join(', ');
	return JSON.stringify(value);
}
