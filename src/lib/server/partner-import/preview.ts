import type { Kysely } from 'kysely';
import type { Database, OrganizationStatus } from '../db/schema';
import type { TermOptions } from '../partners/profile-terms';
import type { PartnerInput } from '../partners/types';
import { normalizeStreet } from '../areas/street-name';
import { toCandidate } from './candidate';
import type { SheetRow } from './spreadsheet';

export interface ExistingPartner {
	id: number;
	name: string;
	status: OrganizationStatus;
	street: string | null;
	email: string | null;
	website: string | null;
	phone: string | null;
	offer: string;
}

export interface Difference {
	field: string;
	existing: string;
	imported: string;
}

export type PreviewLine =
	| { line: number; kind: 'new'; input: PartnerInput }
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
			'o.name',
			'o.status',
			'l.street',
			'o.email',
			'o.website',
			'o.offer',
			eb
				.selectFrom('phones as p')
				.select('p.number')
				.whereRef('p.organization_id', '=', 'o.id')
				.orderBy('p.position')
				.limit(1)
				.as('phone')
		])
		.execute();
}

function differences(partner: ExistingPartner, input: PartnerInput): Difference[] {
	const pairs: [string, string | null, string | null][] = [
		['Straße', partner.street, input.address?.street ?? null],
		['E-Mail-Adresse', partner.email, input.email],
		['Webseite', partner.website, input.website],
		['Telefon', partner.phone, input.phones[0]?.number ?? null],
		['Angebot', partner.offer || null, input.offer || null]
	];
	const same = (field: string, a: string, b: string) =>
		field === 'Straße' ? normalizeStreet(a) === normalizeStreet(b) : a === b;
	return pairs
		.filter(([field, existing, imported]) => imported !== null && !same(field, existing ?? '', imported))
		.map(([field, existing, imported]) => ({ field, existing: existing ?? '', imported: imported! }));
}

/** Sorts every line into new, already there (with the differences) and rejected (with the reasons). */
export function previewImport(
	rows: SheetRow[],
	existing: ExistingPartner[],
	terms: TermOptions,
	today: string
): PreviewLine[] {
	const seen = new Map<string, number>();
	return rows.map((row): PreviewLine => {
		const name = row.cells.name ?? '';
		const candidate = toCandidate(row, terms, today);
		if (!candidate.ok) return { line: row.line, kind: 'rejected', name, reasons: candidate.reasons };
		const input = candidate.input;
		const duplicateKey = `${key(input.name)}|${key(input.address?.street ?? '')}`;
		const first = seen.get(duplicateKey);
		if (first !== undefined) {
			return {
				line: row.line,
				kind: 'rejected',
				name,
				reasons: [`Doppelt: derselbe Partner steht schon in Zeile ${first}.`]
			};
		}
		seen.set(duplicateKey, row.line);
		const partner = existing.find(
			(p) => key(p.name) === key(input.name) && sameStreet(p.street, input.address?.street)
		);
		if (partner) return { line: row.line, kind: 'match', input, partner, differences: differences(partner, input) };
		return { line: row.line, kind: 'new', input };
	});
}
