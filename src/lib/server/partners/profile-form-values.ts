import {
	TRANSLATED_FIELDS,
	TRANSLATION_LOCALES,
	type TranslatedField,
	type TranslatedTexts,
	type TranslationLocale
} from '../../partner-translations';
import type { ScheduleKind } from '../db/schema';
import type { PartnerInput, PartnerTermCodes } from './types';

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

export interface ClosureRow {
	startsOn: string;
	endsOn: string;
	reason: string;
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

export interface ProfileFormValues extends PartnerTermCodes {
	name: string;
	shortName: string;
	category: string;
	description: string;
	offer: string;
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
	closures: ClosureRow[];
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
		},
		closures: rows('closures', (p) => ({
			startsOn: text(`${p}startsOn`),
			endsOn: text(`${p}endsOn`),
			reason: text(`${p}reason`)
		}))
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
		hours: { opening: hours('opening'), consultation: hours('consultation') },
		// A one-day closure shows no end, as it was entered ("leer lassen für einen Tag").
		closures: input.closures.map((c) => ({
			startsOn: c.startsOn,
			endsOn: c.endsOn === c.startsOn ? '' : c.endsOn,
			reason: c.reason
		}))
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
export type RowGroup = 'phones' | 'contacts' | 'closures' | `hours.${ScheduleKind}.${number}`;

/** Every group shows at least one row to fill in, so the form works without JavaScript. */
export function padRows(values: ProfileFormValues): ProfileFormValues {
	const padded = structuredClone(values);
	if (padded.phones.length === 0) padded.phones.push(blankPhone());
	if (padded.contacts.length === 0) padded.contacts.push(blankContact());
	if (padded.closures.length === 0) padded.closures.push(blankClosure());
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
	const blanks: Record<string, [unknown[], () => unknown]> = {
		phones: [next.phones, blankPhone],
		contacts: [next.contacts, blankContact],
		closures: [next.closures, blankClosure]
	};
	const [target, blank] = hours
		? [next.hours[hours[1] as ScheduleKind][Number(hours[2]) - 1], blankHour]
		: (blanks[group] ?? [null, null]);
	if (!target || !blank || target.length >= MAX_ROWS) return next;
	target.push(blank());
	return next;
}

/** Where the times of one day may be copied to ("Zeiten übertragen"). */
export const COPY_TARGETS: Record<string, readonly number[]> = {
	werktage: [1, 2, 3, 4, 5],
	'montag-bis-samstag': [1, 2, 3, 4, 5, 6],
	'alle-tage': [1, 2, 3, 4, 5, 6, 7],
	...Object.fromEntries(WEEKDAYS.map((d) => [String(d), [d]]))
};

/**
 * The form with the rows of one weekday copied onto other days (whose rows they replace); the
 * request is "<kind>.<from weekday>.<target>", e.g. "opening.1.werktage" for "Mo–Fr wie Montag".
 * Anything else changes nothing.
 */
export function copyDay(values: ProfileFormValues, request: string): ProfileFormValues {
	const next = structuredClone(values);
	const match = /^(opening|consultation)\.([1-7])\.([\w-]+)$/.exec(request);
	const targets = match ? COPY_TARGETS[match[3]] : undefined;
	if (!match || !targets) return padRows(next);
	const days = next.hours[match[1] as ScheduleKind];
	const from = Number(match[2]);
	const rows = (days[from - 1] ?? []).filter((r) => r.opens !== '' || r.closes !== '' || r.note !== '');
	for (const day of targets) if (day !== from) days[day - 1] = structuredClone(rows);
	return padRows(next);
}

/**
 * The copy the browser asked for: a "Mo–Fr wie Montag" button names it whole ("opening.1.werktage");
 * the "Übertragen" button names only the kind, and the two choices beside it say from where and to where.
 */
export function readCopyRequest(form: FormData): string {
	const value = form.get('kopieren');
	if (typeof value !== 'string') return '';
	if (value !== 'opening' && value !== 'consultation') return value;
	return `${value}.${form.get(`kopieren.${value}.von`)}.${form.get(`kopieren.${value}.nach`)}`;
}

function blankPhone() {
	return { number: '', label: '' };
}

function blankContact(): ContactRow {
	return { name: '', role: '', phone: '', email: '', consent: false, consentDate: '', remove: false };
}

function blankClosure(): ClosureRow {
	return { startsOn: '', endsOn: '', reason: '' };
}

function blankHour(): HourRow {
	return { opens: '', closes: '', note: '' };
}
