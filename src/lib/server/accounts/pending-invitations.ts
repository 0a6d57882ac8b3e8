import { sql, type Kysely } from 'kysely';
import type { Database, MembershipRole } from '../db/schema';

export interface PendingInvitation {
	email: string;
	organizationSlug: string;
	organizationName: string;
	role: MembershipRole;
	createdAt: string;
	expiresAt: string;
}

/** Invitation links sent and neither used nor expired yet, newest first. */
export async function listPendingInvitations(db: Kysely<Database>, now = new Date()): Promise<PendingInvitation[]> {
	return db
		.selectFrom('one_time_tokens as t')
		.innerJoin('users as u', 'u.id', 't.user_id')
		.innerJoin('organizations as o', (join) =>
			join.on('o.id', '=', sql<number>`json_extract(t.payload, '$.organizationId')`)
		)
		.innerJoin('memberships as m', (join) =>
			join.onRef('m.user_id', '=', 'u.id').onRef('m.organization_id', '=', 'o.id')
		)
		.select([
			'u.email',
			'o.slug as organizationSlug',
			'o.name as organizationName',
			'm.role',
			't.created_at as createdAt',
			't.expires_at as expiresAt'
		])
		.where('t.purpose', '=', 'invitation')
		.where('t.used_at', 'is', null)
		.where('t.expires_at', '>', now.toISOString())
		.orderBy('t.created_at', 'desc')
		.execute();
}
