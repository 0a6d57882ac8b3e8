import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { AreaRevisionReason } from '../db/tables/police';
import { writeTransaction } from '../db/transaction';
import { writeAreaStreets } from './service';
import type { AreaStreetInput } from './types';

export interface AreaRevisionSummary {
	id: number;
	/** The change that followed this state. */
	reason: AreaRevisionReason;
	streetCount: number;
	createdAt: string;
	/** Who made that change; null when the account is gone. */
	createdBy: string | null;
}

export interface AreaRevision extends AreaRevisionSummary {
	streets: AreaStreetInput[];
}

/** The earlier states of an area's street list, newest first. */
export async function listAreaRevisions(db: Kysely<Database>, areaId: number): Promise<AreaRevisionSummary[]> {
	return revisionQuery(db, areaId).orderBy('r.id', 'desc').execute();
}

export async function countAreaRevisions(db: Kysely<Database>, areaId: number): Promise<number> {
	const row = await db
		.selectFrom('service_area_revisions')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('service_area_id', '=', areaId)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

/** One earlier state of the area's list; null when it does not belong to this area. */
export async function getAreaRevision(
	db: Kysely<Database>,
	areaId: number,
	revisionId: number
): Promise<AreaRevision | null> {
	const row = await revisionQuery(db, areaId).select('r.streets').where('r.id', '=', revisionId).executeTakeFirst();
	return row ? { ...row, streets: JSON.parse(row.streets) as AreaStreetInput[] } : null;
}

/** Puts an earlier list back; the list replaced by it becomes a revision itself, so a restore can be undone. */
export async function restoreAreaRevision(
	db: Kysely<Database>,
	areaId: number,
	revisionId: number,
	actorId: number | null
): Promise<AreaRevision | null> {
	return writeTransaction(db, async (trx) => {
		const revision = await getAreaRevision(trx, areaId, revisionId);
		if (revision) await writeAreaStreets(trx, areaId, revision.streets, { reason: 'restored', actorId });
		return revision;
	});
}

function revisionQuery(db: Kysely<Database>, areaId: number) {
	return db
		.selectFrom('service_area_revisions as r')
		.leftJoin('users as u', 'u.id', 'r.created_by')
		.select([
			'r.id',
			'r.reason',
			'r.street_count as streetCount',
			'r.created_at as createdAt',
			'u.name as createdBy'
		])
		.where('r.service_area_id', '=', areaId);
}
