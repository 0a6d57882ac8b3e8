import type { Kysely } from 'kysely';
import { writeTransaction } from '../db/transaction';
import type { Database, OrganizationStatus } from '../db/schema';
import { diffPartner } from '../audit/diff';
import { recordChange, type FieldChange } from '../audit/record';
import { enqueueSearchDocument } from '../db/search-outbox';
import { loadPartnerInput } from './profile-queries';
import type { PartnerInput } from './types';
import { organizationColumns, writeRelations } from './write-relations';

export { UnknownTermError } from './write-relations';

/** The search index of published partners; search/registry.ts declares what it holds. */
export const PARTNERS_INDEX = 'partners';

// The only place that writes partner data: every write lands with its search outbox entry, and,
// when a person made it (`actor`), with its audit log rows, all in one transaction.

/** The person a write is made for; scripts and the seed write without one and are not audited. */
export interface Actor {
	userId: number;
}

/** `uuid`: the HSDS id an imported partner keeps; without it the database draws a new one. */
export async function createPartner(
	db: Kysely<Database>,
	input: PartnerInput,
	actor?: Actor,
	{ uuid }: { uuid?: string } = {}
): Promise<number> {
	return writeTransaction(db, async (trx) => {
		const { id } = await trx
			.insertInto('organizations')
			.values({ ...(await organizationColumns(trx, input)), status: input.status, ...(uuid ? { uuid } : {}) })
			.returning('id')
			.executeTakeFirstOrThrow();
		await writeRelations(trx, id, input);
		await enqueueSearchDocument(trx, PARTNERS_INDEX, id);
		if (actor) await audit(trx, id, actor, diffPartner(null, input));
		return id;
	});
}

export async function updatePartner(
	db: Kysely<Database>,
	id: number,
	input: PartnerInput,
	actor?: Actor
): Promise<void> {
	await writeTransaction(db, async (trx) => {
		const before = actor ? await loadPartnerInput(trx, id) : null;
		const result = await trx
			.updateTable('organizations')
			.set({ ...(await organizationColumns(trx, input)), status: input.status, updated_at: now() })
			.where('id', '=', id)
			.executeTakeFirst();
		if (result.numUpdatedRows === 0n) throw new PartnerNotFoundError(id);
		for (const table of [
			'organization_terms',
			'organization_translations',
			'locations',
			'phones',
			'contacts',
			'schedules',
			'closures'
		] as const) {
			await trx.deleteFrom(table).where('organization_id', '=', id).execute();
		}
		await writeRelations(trx, id, input);
		await enqueueSearchDocument(trx, PARTNERS_INDEX, id);
		if (actor) await audit(trx, id, actor, diffPartner(before, input));
	});
}

export async function setPartnerStatus(
	db: Kysely<Database>,
	id: number,
	status: OrganizationStatus,
	actor?: Actor
): Promise<void> {
	await writeTransaction(db, async (trx) => {
		const before = await trx.selectFrom('organizations').select('status').where('id', '=', id).executeTakeFirst();
		if (!before) throw new PartnerNotFoundError(id);
		await trx.updateTable('organizations').set({ status, updated_at: now() }).where('id', '=', id).execute();
		await enqueueSearchDocument(trx, PARTNERS_INDEX, id);
		if (actor && before.status !== status) {
			await audit(trx, id, actor, [{ field: 'status', old: before.status, new: status }]);
		}
	});
}

/** "Angaben sind aktuell": renews the "geprüft am" date (YYYY-MM-DD) shown on the profile. */
export async function confirmPartnerCurrent(
	db: Kysely<Database>,
	id: number,
	verifiedAt: string,
	actor?: Actor
): Promise<void> {
	await writeTransaction(db, async (trx) => {
		const before = await trx
			.selectFrom('organizations')
			.select('verified_at')
			.where('id', '=', id)
			.executeTakeFirst();
		if (!before) throw new PartnerNotFoundError(id);
		await trx
			.updateTable('organizations')
			.set({ verified_at: verifiedAt, updated_at: now() })
			.where('id', '=', id)
			.execute();
		await enqueueSearchDocument(trx, PARTNERS_INDEX, id);
		if (actor) await audit(trx, id, actor, [{ field: 'verifiedAt', old: before.verified_at, new: verifiedAt }]);
	});
}

export async function deletePartner(db: Kysely<Database>, id: number, actor?: Actor): Promise<void> {
	await writeTransaction(db, async (trx) => {
		const before = await trx.selectFrom('organizations').select('name').where('id', '=', id).executeTakeFirst();
		await trx.deleteFrom('organizations').where('id', '=', id).execute();
		await enqueueSearchDocument(trx, PARTNERS_INDEX, id);
		if (actor && before) await audit(trx, id, actor, [{ field: 'deleted', old: before.name, new: null }]);
	});
}

export class PartnerNotFoundError extends Error {
	constructor(id: number) {
		super(`Partner ${id} does not exist`);
	}
}

function audit(trx: Kysely<Database>, organizationId: number, actor: Actor, changes: FieldChange[]) {
	return recordChange(trx, { organizationId, actorId: actor.userId, changes });
}

function now(): string {
	return new Date().toISOString();
}
