import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

export interface FieldChange {
	field: string;
	old: string | null;
	new: string | null;
}

export interface ChangeRecord {
	organizationId: number;
	/** Null for changes made by a script rather than a person. */
	actorId: number | null;
	changes: FieldChange[];
}

/** Writes one audit row per changed field; call it with the transaction of the write it describes. */
export async function recordChange(trx: Kysely<Database>, record: ChangeRecord): Promise<void> {
	if (record.changes.length === 0) return;
	const createdAt = new Date().toISOString();
	await trx
		.insertInto('audit_log')
		.values(
			record.changes.map((change) => ({
				organization_id: record.organizationId,
				actor_id: record.actorId,
				field: change.field,
				old_value: change.old,
				new_value: change.new,
				created_at: createdAt
			}))
		)
		.execute();
}
