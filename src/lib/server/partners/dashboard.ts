import { sql, type Kysely } from 'kysely';
import type { SessionUser } from '../auth/session';
import type { Database, MembershipRole, OrganizationStatus } from '../db/schema';

/** Profiles not confirmed for this long ask for attention (the coordination reminds after 6 months too). */
export const STALE_AFTER_MONTHS = 6;

export type Attention = 'draft' | 'archived' | 'never_verified' | 'stale' | 'no_contacts';

export interface DashboardOrganization {
	slug: string;
	name: string;
	status: OrganizationStatus;
	/** Null for a coordinator, who may edit every organization without being a member. */
	role: MembershipRole | null;
	verifiedAt: string | null;
	attention: Attention[];
}

/** The organizations a person may edit (all of them for a coordinator), with what needs doing. */
export async function listDashboardOrganizations(
	db: Kysely<Database>,
	user: SessionUser,
	today: Date = new Date()
): Promise<DashboardOrganization[]> {
	const query = db
		.selectFrom('organizations as o')
		.select((eb) => [
			'o.slug',
			'o.name',
			'o.status',
			'o.verified_at',
			eb
				.selectFrom('contacts as c')
				.select(sql<number>`count(*)`.as('n'))
				.whereRef('c.organization_id', '=', 'o.id')
				.where('c.publish_consent', '=', 1)
				.as('contacts')
		])
		.orderBy('o.name');
	const rows =
		user.role === 'coordinator'
			? (await query.execute()).map((r) => ({ ...r, role: null }))
			: await query
					.innerJoin('memberships as m', 'm.organization_id', 'o.id')
					.select('m.role')
					.where('m.user_id', '=', user.id)
					.execute();
	const staleBefore = new Date(today);
	staleBefore.setMonth(staleBefore.getMonth() - STALE_AFTER_MONTHS);
	const staleDate = staleBefore.toISOString().slice(0, 10);
	return rows.map((r) => {
		const attention: Attention[] = [];
		if (r.status === 'draft') attention.push('draft');
		if (r.status === 'archived') attention.push('archived');
		if (!r.verified_at) attention.push('never_verified');
		else if (r.verified_at.slice(0, 10) < staleDate) attention.push('stale');
		if (Number(r.contacts) === 0) attention.push('no_contacts');
		return { slug: r.slug, name: r.name, status: r.status, role: r.role, verifiedAt: r.verified_at, attention };
	});
}
