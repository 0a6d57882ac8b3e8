import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { writeTransaction } from '../db/transaction';
import { UnknownTermError } from '../partners/service';
import type { AreaRevisionReason } from '../db/tables/police';
import { listAreaStreets } from './queries';
import { diffStreetLists, isUnchanged } from './street-diff';
import { normalizeStreet } from './street-name';
import type { AreaStreetInput, ServiceAreaInput } from './types';

/** Why a street list changes and who changed it; the list before is then kept as a revision. */
export interface StreetListChange {
	reason: AreaRevisionReason;
	actorId: number | null;
}

const INSERT_CHUNK = 500;

// The only place that writes service areas. Areas are not part of the search documents, so unlike
// partner writes these need no outbox entry.

/** Creates an area with the Ortsteile it covers (term codes), in one transaction. */
export async function createServiceArea(
	db: Kysely<Database>,
	input: ServiceAreaInput,
	ortsteilCodes: string[] = []
): Promise<number> {
	return writeTransaction(db, async (trx) => {
		const { id } = await trx
			.insertInto('service_areas')
			.values({
				organization_id: input.organizationId,
				kind: input.kind,
				name: input.name.trim(),
				note: input.note
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		await writeAreaOrtsteile(trx, id, ortsteilCodes);
		return id;
	});
}

/** Changes the partner, kind, name and note of an area; its Ortsteile and streets stay. */
export async function updateServiceArea(db: Kysely<Database>, areaId: number, input: ServiceAreaInput): Promise<void> {
	await writeTransaction(db, (trx) => writeAreaFields(trx, areaId, input));
}

/** What the area form saves: partner, kind, name, note and Ortsteile together, or nothing. */
export async function saveServiceArea(
	db: Kysely<Database>,
	areaId: number,
	input: ServiceAreaInput,
	ortsteilCodes: string[]
): Promise<void> {
	await writeTransaction(db, async (trx) => {
		await writeAreaFields(trx, areaId, input);
		await writeAreaOrtsteile(trx, areaId, ortsteilCodes);
	});
}

/** Replaces the Ortsteile (term codes) an area covers. */
export async function setAreaOrtsteile(db: Kysely<Database>, areaId: number, ortsteilCodes: string[]): Promise<void> {
	await writeTransaction(db, async (trx) => {
		await requireArea(trx, areaId);
		await writeAreaOrtsteile(trx, areaId, ortsteilCodes);
	});
}

async function writeAreaFields(trx: Kysely<Database>, areaId: number, input: ServiceAreaInput): Promise<void> {
	const result = await trx
		.updateTable('service_areas')
		.set({ organization_id: input.organizationId, kind: input.kind, name: input.name.trim(), note: input.note })
		.where('id', '=', areaId)
		.executeTakeFirst();
	if (result.numUpdatedRows === 0n) throw new ServiceAreaNotFoundError(areaId);
}

async function writeAreaOrtsteile(trx: Kysely<Database>, areaId: number, ortsteilCodes: string[]): Promise<void> {
	const terms = ortsteilCodes.length
		? await trx
				.selectFrom('taxonomy_terms')
				.select(['id', 'code'])
				.where('taxonomy', '=', 'ortsteil')
				.where('code', 'in', ortsteilCodes)
				.execute()
		: [];
	const missing = ortsteilCodes.find((code) => !terms.some((term) => term.code === code));
	if (missing !== undefined) throw new UnknownTermError('ortsteil', missing);
	await trx.deleteFrom('service_area_ortsteile').where('service_area_id', '=', areaId).execute();
	if (terms.length) {
		await trx
			.insertInto('service_area_ortsteile')
			.values(terms.map((term) => ({ service_area_id: areaId, ortsteil_id: term.id })))
			.execute();
	}
}

/**
 * Replaces the whole street list of an area at once, so a lookup never sees half a list. With a
 * `change` (every change a person makes) the list before is kept as a revision to restore.
 */
export async function replaceAreaStreets(
	db: Kysely<Database>,
	areaId: number,
	streets: AreaStreetInput[],
	change?: StreetListChange
): Promise<void> {
	await writeTransaction(db, (trx) => writeAreaStreets(trx, areaId, streets, change));
}

/** The body of replaceAreaStreets, for callers that already hold the write transaction. */
export async function writeAreaStreets(
	trx: Kysely<Database>,
	areaId: number,
	streets: AreaStreetInput[],
	change?: StreetListChange
): Promise<void> {
	await requireArea(trx, areaId);
	if (change) await keepRevision(trx, areaId, streets, change);
	await trx.deleteFrom('service_area_streets').where('service_area_id', '=', areaId).execute();
	// Chunked: one statement for a long list would pass SQLite's limit on bound parameters.
	for (let start = 0; start < streets.length; start += INSERT_CHUNK) {
		await trx
			.insertInto('service_area_streets')
			.values(
				streets.slice(start, start + INSERT_CHUNK).map((street) => ({
					service_area_id: areaId,
					street_name: street.streetName.trim(),
					street_key: normalizeStreet(street.streetName),
					postal_code: street.postalCode,
					from_number: street.from,
					to_number: street.to,
					parity: street.parity
				}))
			)
			.execute();
	}
}

/** Deletes an area with its Ortsteile and streets. */
export async function deleteServiceArea(db: Kysely<Database>, areaId: number): Promise<void> {
	const result = await db.deleteFrom('service_areas').where('id', '=', areaId).executeTakeFirst();
	if (result.numDeletedRows === 0n) throw new ServiceAreaNotFoundError(areaId);
}

export class ServiceAreaNotFoundError extends Error {
	constructor(id: number) {
		super(`Service area ${id} does not exist`);
	}
}

/** Stores the list as it is now, unless the new list is the same. */
async function keepRevision(
	trx: Kysely<Database>,
	areaId: number,
	next: AreaStreetInput[],
	change: StreetListChange
): Promise<void> {
	const current = await listAreaStreets(trx, areaId);
	if (isUnchanged(diffStreetLists(current, next))) return;
	await trx
		.insertInto('service_area_revisions')
		.values({
			service_area_id: areaId,
			reason: change.reason,
			streets: JSON.stringify(current),
			street_count: current.length,
			created_by: change.actorId
		})
		.execute();
}

async function requireArea(trx: Kysely<Database>, areaId: number): Promise<void> {
	const area = await trx.selectFrom('service_areas').select('id').where('id', '=', areaId).executeTakeFirst();
	if (!area) throw new ServiceAreaNotFoundError(areaId);
}
