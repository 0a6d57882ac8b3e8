import type { Kysely } from 'kysely';
import type { Database, OrganizationStatus } from '../db/schema';
import type { PartnerInput } from '../partners/types';
import { normalizeStreet } from '../areas/street-name';
import type { ImportSource } from './sources';
import { firstPhoneNumber } from '../partners/first-phone';

export interface ExistingPartner {
	id: number;
	uuid: string;
	name: string;
	status: OrganizationStatus;
	street: string | null;
	email: string | null;
	website: string | null;
	phone: string | null;
	offer: string;
}

/** The fields an import may change in a partner already in the portal, each only when chosen. */
export type ChoosableField = 'street' | 'email' | 'website' | 'phone' | 'offer';

export interface Difference {
	key: ChoosableField;
	field: string;
	existing: string;
	imported: string;
}

export type PreviewLine =
	| { line: number; kind: 'new'; input: PartnerInput; uuid?: string; slug?: string }
	| { line: number; kind: 'match'; input: PartnerInput; partner: ExistingPartner; differences: Difference[] }
	| { line: number; kind: 'rejected'; name: string; reasons: string[] };

const key = (text: string) =>
	text
		.toLocaleLowerCase('de')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();

/** Same name, and the same street when both have one: the partner is already in the portal. */
function sameStreet(existing: string | null, imported: string | undefined): boolean {
	return !existing || !imported || normalizeStreet(existing) === normalizeStreet(imported);
}

export async function loadExistingPartners(db: Kysely<Database>): Promise<ExistingPartner[]> {
	return db
		.selectFrom('organizations as o')
		.leftJoin('locations as l', (join) => join.onRef('l.organization_id', '=', 'o.id').on('l.position', '=', 0))
		.select((eb) => [
			'o.id',
			'o.uuid',
			'o.name',
			'o.status',
			'l.street',
			'o.email',
			'o.website',
			'o.offer',
			firstPhoneNumber(eb).as('phone')
		])
		.execute();
}

const LABELS: Record<ChoosableField, string> = {
	street: 'Straße',
	email: 'E-Mail-Adresse',
	website: 'Webseite',
	phone: 'Telefon',
	offer: 'Angebot'
};

function differences(partner: ExistingPartner, input: PartnerInput): Difference[] {
	const pairs: [ChoosableField, string | null, string | null][] = [
		['street', partner.street, input.address?.street ?? null],
		['email', partner.email, input.email],
		['website', partner.website, input.website],
		['phone', partner.phone, input.phones[0]?.number ?? null],
		['offer', partner.offer || null, input.offer || null]
	];
	const same = (field: ChoosableField, a: string, b: string) =>
		field === 'street' ? normalizeStreet(a) === normalizeStreet(b) : a === b;
	return pairs
		.filter(([field, existing, imported]) => imported !== null && !same(field, existing ?? '', imported))
		.map(([field, existing, imported]) => ({
			key: field,
			field: LABELS[field],
			existing: existing ?? '',
			imported: imported!
		}));
}

/** Sorts every line into new, already there (with the differences) and rejected (with the reasons). */
export function previewImport(sources: ImportSource[], existing: ExistingPartner[]): PreviewLine[] {
	const seen = new Map<string, number>();
	const byUuid = new Map(existing.map((p) => [p.uuid, p]));
	return sources.map(({ line, name, candidate, uuid, slug }): PreviewLine => {
		if (!candidate.ok) return { line, kind: 'rejected', name, reasons: candidate.reasons };
		const input = candidate.input;
		const duplicateKey = uuid ?? `${key(input.name)}|${key(input.address?.street ?? '')}`;
		const first = seen.get(duplicateKey);
		if (first !== undefined) {
			return {
				line,
				kind: 'rejected',
				name,
				reasons: [`Doppelt: derselbe Partner steht schon in Zeile ${first}.`]
			};
		}
		seen.set(duplicateKey, line);
		const partner =
			(uuid && byUuid.get(uuid)) ||
			existing.find((p) => key(p.name) === key(input.name) && sameStreet(p.street, input.address?.street));
		if (partner) return { line, kind: 'match', input, partner, differences: differences(partner, input) };
		return { line, kind: 'new', input, uuid, slug };
	});
}
