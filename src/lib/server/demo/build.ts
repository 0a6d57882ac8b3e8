import type { AddressInput, ContactInput, PartnerInput } from '../partners/types';
import { PARTNER_TRANSLATIONS } from './partners/translations';
import { seededRandom } from './random';
import { parseHours } from './schedule';
import type { DemoPartner } from './types';
import { CITY, ORTSTEILE, STREETS } from './zittau';
import { spellOutUmlauts } from '$lib/umlauts';

const DAY_MS = 86_400_000;

/** Expands a demo partner into a full profile; the same partner and day always give the same result. */
export function buildPartnerInput(partner: DemoPartner, today: Date): PartnerInput {
	const random = seededRandom(partner.slug);
	const status = partner.status ?? 'published';
	// Drafts were never checked; stale entries were checked 200–500 days ago, the others within 5 months.
	const daysAgo = partner.stale ? 200 + Math.floor(random() * 300) : 3 + Math.floor(random() * 140);
	const verifiedAt = status === 'draft' ? null : daysBefore(today, daysAgo);
	return {
		slug: partner.slug,
		name: partner.name,
		shortName: partner.shortName ?? null,
		category: partner.category,
		description: partner.description,
		offer: partner.offer,
		topics: partner.topics,
		// Partners list what they mostly do first; "für alle" is no group a partner centres on.
		mainTopics: partner.mainTopics ?? partner.topics.slice(0, 1),
		targetGroups: partner.targetGroups,
		mainTargetGroups: partner.targetGroups.slice(0, 1).filter((code) => code !== 'alle'),
		translations: PARTNER_TRANSLATIONS[partner.slug] ?? {},
		languages: partner.languages ?? ['de'],
		ortsteile: partner.serves ?? [],
		email: partner.email,
		website: `https://example.org/${partner.slug}`,
		accessibilityNote: partner.accessibility ?? null,
		wheelchairAccessible: partner.wheelchair,
		verifiedAt,
		status,
		address: partner.address === null ? null : buildAddress(partner.address, partner.locationName ?? null, random),
		phones: partner.phones.map(([number, label]) => ({ number, label })),
		contacts: (partner.contacts ?? []).map(([name, role, publishConsent], index): ContactInput => ({
			name,
			role,
			phone: extension(partner.phones[0]?.[0], index),
			email: `${emailLocalPart(name)}@example.org`,
			publishConsent,
			consentGivenAt: publishConsent ? `${verifiedAt ?? daysBefore(today, 30)}T09:00:00.000Z` : null
		})),
		schedules: [
			...(partner.opening ? parseHours('opening', partner.opening) : []),
			...(partner.consultation ? parseHours('consultation', partner.consultation) : [])
		],
		closures: []
	};
}

function buildAddress(line: string, name: string | null, random: () => number): AddressInput {
	const match = /^(.+?)\s+(\d+[a-z]?)$/.exec(line);
	const street = match ? STREETS[match[1]] : undefined;
	if (!street) throw new Error(`Demo address "${line}" must be a street from zittau.ts and a house number`);
	const ortsteil = ORTSTEILE.find((o) => o.code === street.ortsteil);
	if (!ortsteil) throw new Error(`Street of "${line}" lies in the unknown Ortsteil ${street.ortsteil}`);
	// Spread the houses of one street a little, so that map pins do not sit on top of each other.
	return {
		name,
		street: line,
		postalCode: ortsteil.postalCode,
		city: CITY,
		ortsteil: ortsteil.code,
		latitude: round(street.latitude + (random() - 0.5) * 0.0016),
		longitude: round(street.longitude + (random() - 0.5) * 0.0024)
	};
}

/** A switchboard number ("…-0") gives each person an own extension; a direct line is shared. */
function extension(number: string | undefined, index: number): string | null {
	if (!number) return null;
	return number.endsWith('-0') ? `${number.slice(0, -1)}${21 + index}` : number;
}

function emailLocalPart(name: string): string {
	return spellOutUmlauts(name.replace(/^((Prof\.|Dr\.|Pfarrer|Pfarrerin)\s+)+/, ''))
		.replace(/ı/g, 'i')
		.replace(/ł/g, 'l')
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[^a-z]+/g, '.')
		.replace(/^\.|\.$/g, '');
}

function daysBefore(today: Date, days: number): string {
	return new Date(today.getTime() - days * DAY_MS).toISOString().slice(0, 10);
}

function round(value: number): number {
	return Math.round(value * 1e5) / 1e5;
}
