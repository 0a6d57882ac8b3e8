import {
	TRANSLATED_FIELDS,
	TRANSLATION_LOCALES,
	type TranslatedField,
	type TranslatedTexts,
	type TranslationLocale
} from '../../partner-translations';
import type { ScheduleKind } from '../db/schema';
import type { PartnerInput } from './types';

// The profile form as the browser sends it: plain strings, kept as typed so that a form with
// errors comes back exactly as it was sent. profile-form.ts turns these into PartnerInput fields.

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export const SCHEDULE_KINDS: readonly ScheduleKind[] = ['opening', 'consultation'];
/** Rows per repeated group, so a crafted form cannot make the server build huge arrays. */
export const MAX_ROWS = 20;

export interface HourRow {
	opens: string;
	closes: string;
	note: string;
}

export interface ContactRow {
	name: string;
	role: string;
	phone: string;
	email: string;
	consent: boolean;
	consentDate: string;
	remove: boolean;
}

export interface ProfileFormValues {
	name: string;
	shortName: string;
	category: string;
	description: string;
	offer: string;
	topics: string[];
	mainTopics: string[];
	targetGroups: string[];
	mainTargetGroups: string[];
	languages: string[];
	ortsteile: string[];
	/** Sent as `name_en`, `description_pl`, `offer_cs` …; empty when not translated. */
	translations: Record<TranslationLocale, TranslatedTexts>;
	email: string;
	website: string;
	accessibilityNote: string;
	wheelchairAccessible: boolean;
	address: { name: string; street: string; postalCode: string; city: string; ortsteil: string };
	phones: { number: string; label: string }[];
	contacts: ContactRow[];
	/** Per kind, seven lists of rows: index 0 is Monday. */
	hours: Record<ScheduleKind, HourRow[][]>;
}

export function readProfileForm(form: FormData): ProfileFormValues {
	const text = (name: string) => {
		const value = form.get(name);
		return typeof value === 'string' ? value.trim() : '';
	};
	const list = (name: string) => form.getAll(name).filter((v): v is string => typeof v === 'string');
	const rows = <T>(prefix: string, read: (p: string) => T) =>
		rowIndexes(form, prefix).map((i) => read(`${prefix}.${i}.`));
	return {
		name: text('name'),
		shortName: text('shortName'),
		category: text('category'),
		description: text('description'),
		offer: text('offer'),
		topics: list('topics'),
		mainTopics: list('mainTopics'),
		targetGroups: list('targetGroups'),
		mainTargetGroups: list('mainTargetGroups'),
		languages: list('languages'),
		ortsteile: list('ortsteile'),
		translations: translationValues((locale, field) => text(`${field}_${locale}`)),
		email: text('email'),
		website: text('website'),
		accessibilityNote: text('accessibilityNote'),
		wheelchairAccessible: form.has('wheelchairAccessible'),
		address: {
			name: text('address.name'),
			street: text('address.street'),
			postalCode: text('address.postalCode'),
			city: text('address.city'),
			ortsteil: text('address.ortsteil')
		},
		phones: rows('phones', (p) => ({ number: text(`${p}number`), label: text(`${p}label`) })),
		contacts: rows('contacts', (p) => ({
			name: text(`${p}name`),
			role: text(`${p}role`),
			phone: text(`${p}phone`),
			email: text(`${p}email`),
			consent: form.has(`${p}consent`),
			consentDate: text(`${p}consentDate`),
			remove: form.has(`${p}remove`)
		})),
		hours: {
			opening: WEEKDAYS.map((d) =>
				rows(`hours.opening.${d}`, (p) => ({
					opens: text(`${p}opens`),
					closes: text(`${p}closes`),
					note: text(`${p}note`)
				}))
			),
			consultation: WEEKDAYS.map((d) =>
				rows(`hours.consultation.${d}`, (p) => ({
					opens: text(`${p}opens`),
					closes: text(`${p}closes`),
					note: text(`${p}note`)
				}))
			)
		}
	};
}

/** The form as it starts: the stored profile. */
export function profileToFormValues(input: PartnerInput): ProfileFormValues {
	const hours = (kind: ScheduleKind) =>
		WEEKDAYS.map((d) =>
			input.schedules
				.filter((s) => s.kind === kind && s.weekday === d)
				.map((s) => ({ opens: s.opensAt, closes: s.closesAt, note: s.note ?? '' }))
		);
	return {
		name: input.name,
		shortName: input.shortName ?? '',
		category: input.category,
		description: input.description,
		offer: input.offer,
		topics: input.topics,
		mainTopics: input.mainTopics,
		targetGroups: input.targetGroups,
		mainTargetGroups: input.mainTargetGroups,
		languages: input.languages,
		ortsteile: input.ortsteile,
		translations: translationValues((locale, field) => input.translations[locale]?.[field] ?? ''),
		email: input.email ?? '',
		website: input.website ?? '',
		accessibilityNote: input.accessibilityNote ?? '',
		wheelchairAccessible: input.wheelchairAccessible,
		address: {
			name: input.address?.name ?? '',
			street: input.address?.street ?? '',
			postalCode: input.address?.postalCode ?? '',
			city: input.address?.city ?? '',
			ortsteil: input.address?.ortsteil ?? ''
		},
		phones: input.phones.map((p) => ({ number: p.number, label: p.label ?? '' })),
		contacts: input.contacts.map((c) => ({
			name: c.name,
			role: c.role ?? '',
			phone: c.phone ?? '',
			email: c.email ?? '',
			consent: c.publishConsent,
			consentDate: c.consentGivenAt?.slice(0, 10) ?? '',
			remove: false
		})),
		hours: { opening: hours('opening'), consultation: hours('consultation') }
	};
}

function translationValues(
	read: (locale: TranslationLocale, field: TranslatedField) => string
): Record<TranslationLocale, TranslatedTexts> {
	const entries = TRANSLATION_LOCALES.map((locale) => {
		const texts = Object.fromEntries(TRANSLATED_FIELDS.map((field) => [field, read(locale, field)]));
		return [locale, texts as TranslatedTexts] as const;
	});
	return Object.fromEntries(entries) as Record<TranslationLocale, TranslatedTexts>;
}

/** The sorted row numbers present under `prefix` ("phones" → 0, 1, …), at most MAX_ROWS of them. */
function rowIndexes(form: FormData, prefix: string): number[] {
	const pattern = new RegExp(`^${prefix.replace(/\./g, '\\.')}\\.(\\d{1,3})\\.`);
	const found = new Set<number>();
	for (const key of form.keys()) {
		const match = pattern.exec(key);
		if (match) found.add(Number(match[1]));
	}
	return [...found].sort((a, b) => a - b).slice(0, MAX_ROWS);
}

/** A group of repeated rows in the form: "phones", "contacts" or "hours.<kind>.<weekday>". */
export type RowGroup = 'phones' | 'contacts' | `hours.${ScheduleKind}.${number}`;

/** Every group shows at least one row to fill in, so the form works without JavaScript. */
export function padRows(values: ProfileFormValues): ProfileFormValues {
	const padded = structuredClone(values);
	if (padded.phones.length === 0) padded.phones.push(blankPhone());
	if (padded.contacts.length === 0) padded.contacts.push(blankContact());
	for (const kind of SCHEDULE_KINDS) {
		padded.hours[kind] = WEEKDAYS.map((_, d) => {
			const rows = padded.hours[kind][d] ?? [];
			return rows.length > 0 ? rows : [blankHour()];
		});
	}
	return padded;
}

/** The form with one more empty row in `group` ("weitere Zeile"); an unknown group changes nothing. */
export function addRow(values: ProfileFormValues, group: string): ProfileFormValues {
	const next = padRows(values);
	const hours = /^hours\.(opening|consultation)\.([1-7])$/.exec(group);
	const target =
		group === 'phones'
			? (next.phones as unknown[])
			: group === 'contacts'
				? (next.contacts as unknown[])
				: hours
					? (next.hours[hours[1] as ScheduleKind][Number(hours[2]) - 1] as unknown[])
					: null;
	if (!target || target.length >= MAX_ROWS) return next;
	target.push(group === 'phones' ? blankPhone() : group === 'contacts' ? blankContact() : blankHour());
	return next;
}

function blankPhone() {
	return { number: '', label: '' };
}

function blankContact(): ContactRow {
	return { name: '', role: '', phone: '', email: '', consent: false, consentDate: '', remove: false };
}

function blankHour(): HourRow {
	return { opens: '', closes: '', note: '' };
}
