import type { BuildContext } from './context';
import { childUuid } from './ids';
import type { OrganizationRow } from './queries';
import { compact, type HsdsRecord } from './record';

export const serviceUuid = (organization: Pick<OrganizationRow, 'uuid'>) => childUuid(organization.uuid, 'service');

/** The organization's one-to-one fields (HSDS organization_list). */
export function toOrganization(o: OrganizationRow, context: Pick<BuildContext, 'origin'>): HsdsRecord {
	return compact({
		id: o.uuid,
		name: o.name,
		alternate_name: o.short_name,
		// Required by HSDS; a partner without a description still has an offer or at least a name.
		description: o.description || o.offer || o.name,
		email: o.email,
		website: o.website,
		uri: context.origin ? `${context.origin}/netzwerk/${o.slug}` : null
	});
}
