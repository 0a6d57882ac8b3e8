import type { Kysely } from 'kysely';
import type { Database, ServiceAreaKind } from '../db/schema';
import { closestStreet, rankSuggestions, type KnownStreet } from './nearest';
import { findResponsibleForOrtsteil } from './ortsteil-lookup';
import { coversNumber } from './range';
import { RESPONSIBLE_COLUMNS, responsibleOf } from './responsible';
import { parseAddressInput } from './street-name';
import type { LookupResult, ResponsibleMatch } from './types';

export interface LookupOptions {
	/** Only areas of this kind, e.g. the Bürgerpolizei; all kinds when absent. */
	kind?: ServiceAreaKind;
}

/**
 * Who is responsible for the street (and house number) a citizen typed. Only published partners
 * answer. An exact street wins; failing that, an Ortsteil of that name; failing that, the one
 * street within a few typos; failing that, suggestions.
 */
export async function findResponsible(
	db: Kysely<Database>,
	input: string,
	options: LookupOptions = {}
): Promise<LookupResult> {
	const address = parseAddressInput(input);
	if (!address) return { status: 'unknown', suggestions: [] };
	let rows = await listResponsibleRows(db, address.streetKey, options.kind);
	let corrected = false;
	if (rows.length === 0) {
		const ortsteil = await findResponsibleForOrtsteil(db, address.streetKey, options.kind);
		if (ortsteil) {
			const { label, matches } = ortsteil;
			return {
				status: 'found',
				matchedBy: 'ortsteil',
				street: label,
				houseNumber: null,
				corrected: false,
				matches
			};
		}
		const streets = await listKnownStreets(db, options.kind);
		const closest = closestStreet(address.streetKey, streets);
		if (!closest) return { status: 'unknown', suggestions: rankSuggestions(address.streetKey, streets) };
		rows = await listResponsibleRows(db, closest.key, options.kind);
		corrected = true;
	}
	const inPostalCode = rows.filter(
		(row) => !address.postalCode || !row.postalCode || row.postalCode === address.postalCode
	);
	// A mistyped postal code should not hide the street's only answer.
	if (inPostalCode.length > 0) rows = inPostalCode;
	return resolveHouseNumber(rows, address.houseNumber, corrected);
}

function resolveHouseNumber(rows: ResponsibleMatch[], houseNumber: number | null, corrected: boolean): LookupResult {
	const street = rows[0].street;
	if (houseNumber !== null) {
		const matches = rows.filter((row) => coversNumber(row.range, houseNumber));
		if (matches.length > 0)
			return { status: 'found', matchedBy: 'street', street, houseNumber, corrected, matches };
		return { status: 'needs-house-number', street, houseNumber, corrected, candidates: rows };
	}
	if (isSplitBetweenPartners(rows)) {
		return { status: 'needs-house-number', street, houseNumber: null, corrected, candidates: rows };
	}
	return { status: 'found', matchedBy: 'street', street, houseNumber: null, corrected, matches: rows };
}

/** True when, for some kind of area, different partners share the street. */
function isSplitBetweenPartners(rows: ResponsibleMatch[]): boolean {
	const partnerByKind = new Map<ServiceAreaKind, number>();
	for (const row of rows) {
		const known = partnerByKind.get(row.area.kind);
		if (known !== undefined && known !== row.organization.id) return true;
		partnerByKind.set(row.area.kind, row.organization.id);
	}
	return false;
}

/**
 * Street names for the type-ahead: those whose key starts with the typed text first, then those
 * containing it. Only streets of published partners.
 */
export async function suggestStreets(
	db: Kysely<Database>,
	prefix: string,
	limit: number,
	options: LookupOptions = {}
): Promise<string[]> {
	const key = parseAddressInput(prefix)?.streetKey;
	if (!key) return [];
	const rows = await publishedStreets(db, options.kind)
		.select((eb) => [
			's.street_name as name',
			eb.fn.max(eb.fn('length', ['s.street_name'])).as('longest'),
			eb.case().when('s.street_key', 'like', `${key}%`).then(0).else(1).end().as('tier')
		])
		// Keys hold only a-z and 0-9, so they never carry LIKE wildcards.
		.where('s.street_key', 'like', `%${key}%`)
		.groupBy('s.street_key')
		.orderBy('tier')
		.orderBy('name')
		.limit(limit)
		.execute();
	return rows.map((row) => row.name);
}

async function listResponsibleRows(
	db: Kysely<Database>,
	streetKey: string,
	kind: ServiceAreaKind | undefined
): Promise<ResponsibleMatch[]> {
	const rows = await publishedStreets(db, kind)
		.select([...RESPONSIBLE_COLUMNS, 's.street_name', 's.postal_code', 's.from_number', 's.to_number', 's.parity'])
		.where('s.street_key', '=', streetKey)
		.orderBy('a.kind')
		.orderBy('s.from_number')
		.orderBy('o.name')
		.execute();
	return rows.map((row) => ({
		...responsibleOf(row),
		street: row.street_name,
		postalCode: row.postal_code,
		range: { from: row.from_number, to: row.to_number, parity: row.parity }
	}));
}

async function listKnownStreets(db: Kysely<Database>, kind: ServiceAreaKind | undefined): Promise<KnownStreet[]> {
	const rows = await publishedStreets(db, kind)
		.select((eb) => [
			's.street_key as key',
			's.street_name as name',
			eb.fn.max(eb.fn('length', ['s.street_name'])).as('longest')
		])
		.groupBy('s.street_key')
		.execute();
	return rows.map(({ key, name }) => ({ key, name }));
}

// Streets are grouped by key; of the spellings, the name shown is the longest ("Straße", not "Str."):
// with a max() aggregate SQLite takes the bare street_name column from the row holding the maximum.
function publishedStreets(db: Kysely<Database>, kind: ServiceAreaKind | undefined) {
	const query = db
		.selectFrom('service_area_streets as s')
		.innerJoin('service_areas as a', 'a.id', 's.service_area_id')
		.innerJoin('organizations as o', 'o.id', 'a.organization_id')
		.where('o.status', '=', 'published');
	return kind ? query.where('a.kind', '=', kind) : query;
}
