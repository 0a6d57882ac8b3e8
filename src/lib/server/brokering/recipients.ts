import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

export interface Recipient {
	name: string;
	email: string;
}

/**
 * Who hears about an introduction for an organization: its admins and editors with an active
 * account, or, when it has none, the organization's own email address.
 */
export async function listOrganizationRecipients(db: Kysely<Database>, organizationId: number): Promise<Recipient[]> {
	const people = await db
		.selectFrom('memberships as m')
		.innerJoin('users as u', 'u.id', 'm.user_id')
		.select(['u.name', 'u.email'])
		.where('m.organization_id', '=', organizationId)
		.where('m.role', 'in', ['admin', 'editor'])
		.where('u.disabled_at', 'is', null)
		.where('u.password_hash', 'is not', null)
		.orderBy('u.email')
		.execute();
	if (people.length > 0) return people;
	const organization = await db
		.selectFrom('organizations')
		.select(['name', 'email'])
		.where('id', '=', organizationId)
		.executeTakeFirst();
	return organization?.email ? [{ name: organization.name, email: organization.email }] : [];
}
