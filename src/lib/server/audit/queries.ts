import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

export interface AuditEntry {
	id: number;
	field: string;
	oldValue: string | null;
	newValue: string | null;
	createdAt: string;
	actorName: string | null;
	actorEmail: string | null;
}

/** The change history of one organization, newest first. */
export async function listAuditEntries(
	db: Kysely<Database>,
	organizationId: number,
	limit = 200
): Promise<AuditEntry[]> {
	const rows = await db
		.selectFrom('audit_log as a')
		.leftJoin('users as u', 'u.id', 'a.actor_id')
		.select(['a.id', 'a.field', 'a.old_value', 'a.new_value', 'a.created_at', 'u.name', 'u.email'])
		.where('a.organization_id', '=', organizationId)
		.orderBy('a.id', 'desc')
		.limit(limit)
		.execute();
	return rows.map((r) => ({
		id: r.id,
		field: r.field,
		oldValue: r.old_value,
		newValue: r.new_value,
		createdAt: r.created_at,
		actorName: r.name,
		actorEmail: r.email
	}));
}
