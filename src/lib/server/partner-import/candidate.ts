import { PARTNER_FIELD_LABELS } from '$lib/partner-field-labels';
import { applyProfile, validateProfile } from '../partners/profile-form';
import { profileToFormValues } from '../partners/profile-form-values';
import type { TermOptions } from '../partners/profile-terms';
import { allowedCodes } from '../partners/profile-terms';
import type { PartnerInput, TermRef } from '../partners/types';
import { normalizeHeader } from './columns';
import type { SheetRow } from './spreadsheet';

export type Candidate = { ok: true; input: PartnerInput } | { ok: false; reasons: string[] };

/** "Markt 1, 02763 Zittau" or "Markt 1 02763 Zittau": one merged address column, as many lists have it. */
export function splitAddress(text: string): { street: string; postalCode: string; city: string } | null {
	const match = /^(.+?)[,;\s]+(\d{5})\s+(.+)$/.exec(text.replace(/\s+/g, ' ').trim());
	return match ? { street: match[1].replace(/,$/, ''), postalCode: match[2], city: match[3] } : null;
}

/** Excel stores "02763" typed as a number as 2763; German postal codes have five digits. */
const postalCode = (text: string) => (/^\d{4}$/.test(text) ? `0${text}` : text);

export const findTerm = (terms: TermRef[], text: string) => {
	const key = normalizeHeader(text);
	return terms.find((t) => normalizeHeader(t.label) === key || normalizeHeader(t.code) === key);
};

/**
 * A spreadsheet row as a draft partner, checked by the same rules as the profile form, so that an
 * imported entry can be saved from the form without a change. The reasons are German and name the field.
 */
export function toCandidate(row: SheetRow, terms: TermOptions, today: string): Candidate {
	const c = row.cells;
	const reasons: string[] = [];
	let address: PartnerInput['address'] = null;
	if (c.street || c.postalCode || c.city) {
		address = {
			name: null,
			street: c.street ?? '',
			postalCode: postalCode(c.postalCode ?? ''),
			city: c.city ?? '',
			ortsteil: null,
			latitude: null,
			longitude: null
		};
	} else if (c.address) {
		const parts = splitAddress(c.address);
		if (parts) address = { name: null, ...parts, ortsteil: null, latitude: null, longitude: null };
		else reasons.push(`Adresse: „${c.address}“ ist nicht als „Straße Nr., PLZ Ort“ lesbar.`);
	}
	const category = c.category ? findTerm(terms.category, c.category) : findTerm(terms.category, 'sonstige');
	if (!category)
		reasons.push(
			`Kategorie: „${c.category}“ gibt es nicht. Möglich sind: ${terms.category.map((t) => t.label).join(', ')}.`
		);
	const topics: string[] = [];
	for (const word of (c.topics ?? '')
		.split(/[,;|\n]/)
		.map((w) => w.trim())
		.filter(Boolean)) {
		const topic = findTerm(terms.topic, word);
		if (topic) topics.push(topic.code);
		else reasons.push(`Themen: „${word}“ gibt es nicht in der Themenliste.`);
	}
	const input: PartnerInput = {
		slug: '',
		name: c.name ?? '',
		shortName: null,
		category: category?.code ?? '',
		// The form requires a description; a list often has only the offer.
		description: c.description ?? c.offer ?? '',
		offer: c.offer ?? '',
		topics,
		mainTopics: [],
		targetGroups: [],
		mainTargetGroups: [],
		languages: [],
		ortsteile: [],
		email: c.email ?? null,
		website: c.website ?? null,
		accessibilityNote: null,
		wheelchairAccessible: false,
		verifiedAt: null,
		status: 'draft',
		address,
		phones: c.phone ? [{ number: c.phone, label: null }] : [],
		contacts: [],
		schedules: [],
		closures: [],
		translations: {}
	};
	if (reasons.length > 0) return { ok: false, reasons };
	return checkCandidate(input, terms, today);
}

/** A partner read from any import format, checked by the profile form's rules. */
export function checkCandidate(input: PartnerInput, terms: TermOptions, today: string): Candidate {
	const checked = validateProfile(profileToFormValues(input), allowedCodes(terms), today);
	if (!checked.ok) {
		return {
			ok: false,
			reasons: Object.entries(checked.errors).map(([field, message]) => `${fieldLabel(field)}: ${message}`)
		};
	}
	// The form has no coordinates; applyProfile keeps those of an imported address (an HSDS location's).
	return { ok: true, input: applyProfile(input, checked.fields) };
}

const ADDRESS_PARTS: Record<string, string> = {
	'address.street': 'Straße',
	'address.postalCode': 'PLZ',
	'address.city': 'Ort'
};

function fieldLabel(field: string): string {
	return ADDRESS_PARTS[field] ?? PARTNER_FIELD_LABELS[field.split('.')[0]] ?? field;
}
