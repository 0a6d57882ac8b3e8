import type { Kysely } from 'kysely';
import type { Database, ServiceAreaKind } from '../db/schema';
import type { ImportArea, StreetImportPreview } from './csv-import';
import { describeRange, rangesOverlap } from './range';
import { normalizeStreet } from './street-name';

/** Kinds where an address has exactly one responsible partner: one Bürgerpolizist, one catchment school. */
const EXCLUSIVE_KINDS: ServiceAreaKind[] = ['buergerpolizei', 'schulbezirk'];

/**
 * Moves the rows of an import preview that would overlap the streets of another area of the same
 * exclusive kind (another officer's beat) into the rejected lines. The areas being imported are left
 * out of the comparison, since the import replaces their streets.
 */
export async function rejectConflictsWithOtherAreas(
	db: Kysely<Database>,
	preview: StreetImportPreview,
	areas: ImportArea[]
): Promise<StreetImportPreview> {
	const importedAreaIds = [...new Set(preview.rows.map((row) => row.areaId))];
	if (importedAreaIds.length === 0) return preview;
	const existing = await db
		.selectFrom('service_area_streets as s')
		.innerJoin('service_areas as a', 'a.id', 's.service_area_id')
		.innerJoin('organizations as o', 'o.id', 'a.organization_id')
		.select([
			's.street_key',
			's.street_name',
			's.postal_code',
			's.from_number',
			's.to_number',
			's.parity',
			'a.kind',
			'a.name as areaName',
			'o.name as organizationName'
		])
		.where('a.kind', 'in', EXCLUSIVE_KINDS)
		.where('a.id', 'not in', importedAreaIds)
		.orderBy('s.id')
		.execute();
	const kindOf = (areaId: number) => areas.find((area) => area.id === areaId)?.kind;
	const result: StreetImportPreview = { rows: [], rejected: [...preview.rejected] };
	for (const row of preview.rows) {
		const key = normalizeStreet(row.streetName);
		const conflict = existing.find(
			(other) =>
				other.kind === kindOf(row.areaId) &&
				other.street_key === key &&
				(!row.postalCode || !other.postal_code || row.postalCode === other.postal_code) &&
				rangesOverlap(row, { from: other.from_number, to: other.to_number, parity: other.parity })
		);
		if (!conflict) {
			result.rows.push(row);
			continue;
		}
		const range = describeRange({ from: conflict.from_number, to: conflict.to_number, parity: conflict.parity });
		const area = `Bereich '${conflict.areaName}' von ${conflict.organizationName}`;
		const reason = `überschneidet sich mit ${area} (${conflict.street_name}, ${range})`;
		result.rejected.push({ line: row.line, raw: row.raw, reason });
	}
	result.rejected.sort((a, b) => a.line - b.line);
	return result;
}
