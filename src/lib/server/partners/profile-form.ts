import {
	TRANSLATED_FIELDS,
	TRANSLATION_LOCALES,
	compactTranslations,
	type TranslatedField
} from '../../partner-translations';
import { MAX_MAIN_TERMS } from '../../main-terms';
import type { Taxonomy } from '../db/schema';
import { SCHEDULE_KINDS, WEEKDAYS, type ProfileFormValues } from './profile-form-values';
import type { PartnerInput } from './types';
import { EMAIL_MESSAGE, isEmailAddress } from '$lib/validation/email';
import { isPhoneNumber, PHONE_MESSAGE } from '$lib/validation/phone';
import { parseWebAddress } from '$lib/validation/url';

// The schema of the profile form: what partners may set, and German messages that say how to fix
// a problem. Only the fields below ever reach the service: slug, status and "geprüft am" are not
// part of the form (status changes only through publish/unpublish).

export type ProfileFields = Omit<PartnerInput, 'slug' | 'status' | 'verifiedAt'>;
/** Messages by input name, e.g. "contacts.0.email". */
export type ProfileErrors = Record<string, string>;
export type AllowedTerms = Record<Taxonomy, readonly string[]>;

export type ProfileResult = { ok: true; fields: ProfileFields } | { ok: false; errors: ProfileErrors };

const MAX_LENGTHS: Record<TranslatedField, number> = { name: 150, description: 2000, offer: 4000 };
const TIME = /^([01]?\d|2[0-4])[:.]([0-5]\d)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Validates the form; `today` (YYYY-MM-DD) dates a newly given consent and bounds consent dates. */
export function validateProfile(values: ProfileFormValues, allowed: AllowedTerms, today: string): ProfileResult {
	const errors: ProfileErrors = {};
	const check = (ok: boolean, field: string, message: string) => {
		if (!ok && !errors[field]) errors[field] = message;
		return ok;
	};
	const maxLength = (field: string, value: string, max: number) =>
		check(
			value.length <= max,
			field,
			`Bitte kürzen Sie den Text auf höchstens ${max} Zeichen (jetzt ${value.length}).`
		);
	const terms = (field: string, taxonomy: Taxonomy, codes: string[]) =>
		check(
			codes.every((c) => allowed[taxonomy].includes(c)),
			field,
			'Bitte wählen Sie nur Einträge aus der Liste.'
		);
	const mainTerms = (field: string, taxonomy: Taxonomy, codes: string[]) =>
		terms(field, taxonomy, codes) &&
		check(
			unique(codes).length <= MAX_MAIN_TERMS,
			field,
			`Bitte wählen Sie höchstens ${MAX_MAIN_TERMS} Schwerpunkte, damit sie auf den Themenseiten vorn stehen (jetzt ${unique(codes).length}).`
		);

	if (check(values.name !== '', 'name', 'Bitte geben Sie den Namen der Organisation an.')) {
		maxLength('name', values.name, MAX_LENGTHS.name);
	}
	maxLength('shortName', values.shortName, 40);
	check(allowed.category.includes(values.category), 'category', 'Bitte wählen Sie eine Kategorie aus der Liste.');
	if (
		check(values.description !== '', 'description', 'Bitte beschreiben Sie Ihre Organisation in ein paar Sätzen.')
	) {
		maxLength('description', values.description, MAX_LENGTHS.description);
	}
	maxLength('offer', values.offer, MAX_LENGTHS.offer);
	terms('topics', 'topic', values.topics);
	mainTerms('mainTopics', 'topic', values.mainTopics);
	terms('targetGroups', 'target_group', values.targetGroups);
	mainTerms('mainTargetGroups', 'target_group', values.mainTargetGroups);
	terms('languages', 'language', values.languages);
	terms('ortsteile', 'ortsteil', values.ortsteile);
	if (values.email !== '') {
		check(isEmailAddress(values.email), 'email', EMAIL_MESSAGE);
	}
	const website = normalizeWebsite(values.website);
	check(website !== undefined, 'website', 'Bitte geben Sie eine Webadresse wie https://www.beispiel.de an.');
	maxLength('accessibilityNote', values.accessibilityNote, 1000);

	const a = values.address;
	const hasAddress = Object.values(a).some((v) => v !== '');
	if (hasAddress) {
		check(a.street !== '', 'address.street', 'Bitte geben Sie Straße und Hausnummer an.');
		check(/^\d{5}$/.test(a.postalCode), 'address.postalCode', 'Die Postleitzahl hat fünf Ziffern, z. B. 02763.');
		check(a.city !== '', 'address.city', 'Bitte geben Sie den Ort an.');
		check(
			a.ortsteil === '' || allowed.ortsteil.includes(a.ortsteil),
			'address.ortsteil',
			'Bitte wählen Sie einen Ortsteil aus der Liste.'
		);
	}

	const phones: PartnerInput['phones'] = [];
	values.phones.forEach((p, i) => {
		if (p.number === '' && p.label === '') return;
		if (
			check(
				isPhoneNumber(p.number),
				`phones.${i}.number`,
				'Bitte geben Sie eine Telefonnummer aus Ziffern an, z. B. 03583 752-0 – oder leeren Sie die Zeile.'
			)
		) {
			maxLength(`phones.${i}.label`, p.label, 60);
			phones.push({ number: p.number, label: p.label || null });
		}
	});

	const contacts: PartnerInput['contacts'] = [];
	values.contacts.forEach((c, i) => {
		if (c.remove || [c.name, c.role, c.phone, c.email].every((v) => v === '')) return;
		const at = `contacts.${i}.`;
		check(
			c.name !== '',
			`${at}name`,
			'Bitte geben Sie den Namen der Person an oder wählen Sie „Person entfernen“.'
		);
		maxLength(`${at}name`, c.name, 120);
		maxLength(`${at}role`, c.role, 120);
		if (c.phone !== '') check(isPhoneNumber(c.phone), `${at}phone`, PHONE_MESSAGE);
		if (c.email !== '') check(isEmailAddress(c.email), `${at}email`, EMAIL_MESSAGE);
		const consentDate = c.consent ? c.consentDate || today : '';
		if (c.consent) {
			const valid = check(
				DATE.test(consentDate) && !Number.isNaN(Date.parse(consentDate)),
				`${at}consentDate`,
				'Bitte geben Sie das Datum der Zustimmung an, z. B. 2026-11-25.'
			);
			if (valid)
				check(
					consentDate <= today,
					`${at}consentDate`,
					'Das Datum der Zustimmung darf nicht in der Zukunft liegen.'
				);
		}
		contacts.push({
			name: c.name,
			role: c.role || null,
			phone: c.phone || null,
			email: c.email || null,
			publishConsent: c.consent,
			consentGivenAt: c.consent ? consentDate : null
		});
	});

	const schedules: PartnerInput['schedules'] = [];
	for (const kind of SCHEDULE_KINDS) {
		WEEKDAYS.forEach((weekday, d) => {
			values.hours[kind][d]?.forEach((row, i) => {
				if (row.opens === '' && row.closes === '' && row.note === '') return;
				const at = `hours.${kind}.${weekday}.${i}.`;
				const opensAt = normalizeTime(row.opens);
				const closesAt = normalizeTime(row.closes);
				const timesOk =
					check(opensAt !== null, `${at}opens`, 'Bitte geben Sie den Beginn als Uhrzeit an, z. B. 09:00.') &&
					check(closesAt !== null, `${at}closes`, 'Bitte geben Sie das Ende als Uhrzeit an, z. B. 16:30.');
				if (timesOk && check(closesAt! > opensAt!, `${at}closes`, 'Das Ende muss nach dem Beginn liegen.')) {
					maxLength(`${at}note`, row.note, 100);
					schedules.push({ kind, weekday, opensAt: opensAt!, closesAt: closesAt!, note: row.note || null });
				}
			});
		});
	}

	const closures: PartnerInput['closures'] = [];
	values.closures.forEach((c, i) => {
		if (c.startsOn === '' && c.endsOn === '' && c.reason === '') return;
		const at = `closures.${i}.`;
		const startsOn = normalizeDate(c.startsOn);
		const endsOn = c.endsOn === '' ? startsOn : normalizeDate(c.endsOn);
		const datesOk =
			check(
				startsOn !== null,
				`${at}startsOn`,
				'Bitte geben Sie den ersten geschlossenen Tag an, z. B. 20.07.2026.'
			) &&
			check(
				endsOn !== null,
				`${at}endsOn`,
				'Bitte geben Sie den letzten geschlossenen Tag an, z. B. 31.07.2026.'
			) &&
			check(endsOn! >= startsOn!, `${at}endsOn`, 'Der letzte Tag darf nicht vor dem ersten liegen.');
		const reasonOk =
			check(c.reason !== '', `${at}reason`, 'Bitte nennen Sie den Grund, z. B. „Sommerpause“.') &&
			maxLength(`${at}reason`, c.reason, 100);
		if (datesOk && reasonOk) closures.push({ startsOn: startsOn!, endsOn: endsOn!, reason: c.reason });
	});

	for (const locale of TRANSLATION_LOCALES) {
		const texts = values.translations[locale];
		for (const field of TRANSLATED_FIELDS) maxLength(`${field}_${locale}`, texts[field], MAX_LENGTHS[field]);
	}

	if (Object.keys(errors).length > 0) return { ok: false, errors };
	return {
		ok: true,
		fields: {
			name: values.name,
			shortName: values.shortName || null,
			category: values.category,
			description: values.description,
			offer: values.offer,
			// A main topic is a topic too, even when its box in the list above was left empty.
			topics: unique([...values.topics, ...values.mainTopics]),
			mainTopics: unique(values.mainTopics),
			targetGroups: unique([...values.targetGroups, ...values.mainTargetGroups]),
			mainTargetGroups: unique(values.mainTargetGroups),
			translations: compactTranslations(values.translations),
			languages: unique(values.languages),
			ortsteile: unique(values.ortsteile),
			email: values.email ? values.email.toLowerCase() : null,
			website: website ?? null,
			accessibilityNote: values.accessibilityNote || null,
			wheelchairAccessible: values.wheelchairAccessible,
			address: hasAddress
				? { ...a, name: a.name || null, ortsteil: a.ortsteil || null, latitude: null, longitude: null }
				: null,
			phones,
			contacts,
			schedules,
			closures: closures.sort((a, b) => a.startsOn.localeCompare(b.startsOn))
		}
	};
}

/**
 * The stored profile with the form's fields applied. Coordinates stay while the street address is
 * unchanged; a new address drops them rather than pinning the map to the old place.
 */
export function applyProfile(existing: PartnerInput, fields: ProfileFields): PartnerInput {
	const old = existing.address;
	const next = fields.address;
	const samePlace =
		old && next && old.street === next.street && old.postalCode === next.postalCode && old.city === next.city;
	return {
		...existing,
		...fields,
		address: next && samePlace ? { ...next, latitude: old.latitude, longitude: old.longitude } : next,
		contacts: fields.contacts.map((c) => ({ ...c, consentGivenAt: keptConsentTime(existing, c) }))
	};
}

/** The form shows consent dates as days; an unchanged day keeps the stored moment. */
function keptConsentTime(existing: PartnerInput, contact: PartnerInput['contacts'][number]): string | null {
	const day = contact.consentGivenAt;
	if (!day) return null;
	const stored = existing.contacts.find((c) => c.name === contact.name && c.publishConsent)?.consentGivenAt;
	return stored?.slice(0, 10) === day ? stored : day;
}

/** "www.x.de" gains https://; null when empty; undefined when it is no web address. */
function normalizeWebsite(raw: string): string | null | undefined {
	if (raw === '') return null;
	return raw.length > 290 ? undefined : parseWebAddress(raw);
}

/** "2026-07-20" (a date field) or "20.7.2026" (typed) as "2026-07-20"; null unless a real day. */
function normalizeDate(raw: string): string | null {
	const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(raw);
	const iso = german ? `${german[3]}-${german[2].padStart(2, '0')}-${german[1].padStart(2, '0')}` : raw;
	if (!DATE.test(iso)) return null;
	const [year, month, day] = iso.split('-').map(Number);
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? iso : null;
}

/** "9:00" and "9.00" become "09:00"; null unless a time of day. */
function normalizeTime(raw: string): string | null {
	const match = TIME.exec(raw);
	if (!match) return null;
	const [hours, minutes] = [Number(match[1]), match[2]];
	if (hours === 24 && minutes !== '00') return null;
	return `${String(hours).padStart(2, '0')}:${minutes}`;
}

function unique(codes: string[]): string[] {
	return [...new Set(codes)];
}
